import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entitiesHelper.js';

/** name, sorted aliases and mention count of each entity, by first mention. */
function grouped(text: string): [string, string[], number][] {
  return entitiesOf(text)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((e) => [e.name, [...e.aliases].sort(), e.mentions.length]);
}

describe('one entity per referent', () => {
  it.each([
    ['a surname is the full name', 'Ana Tolvik arrived. Later, Tolvik said it was fine.', [['Ana Tolvik', ['Tolvik'], 2]]],
    ['a family name written first', 'Premier Wu Jianfeng spoke. Wu said the talks went well.', [['Wu Jianfeng', ['Wu'], 2]]],
    ['the fullest form is canonical, whatever comes first', 'On Monday, Tolvik spoke first. Then Ana Tolvik left.', [['Ana Tolvik', ['Tolvik'], 2]]],
    ['an acronym in parentheses is an alias', 'The Northern Fisheries Council (NFC) met. Later the NFC said no.', [['Northern Fisheries Council', ['NFC'], 3]]],
    ['a short form before the long name in parentheses', 'Members of NFC (Northern Fisheries Council) met. Later the NFC said no.', [['Northern Fisheries Council', ['NFC'], 3]]],
    ['a short form that is also an English word', 'The Pan Eastern Trade Society (PETS) met. Their pets came too. Later the PETS said no.', [['Pan Eastern Trade Society', ['PETS'], 3]]],
    ['a short form given at the second mention', 'The Northern Fisheries Council met. The Northern Fisheries Council (NFC) said no. The NFC left.', [['Northern Fisheries Council', ['NFC'], 4]]],
    ['a body without the country adjective in front', 'The Kenyan High Court of Appeal ruled. Later the High Court said more.', [['Kenyan High Court of Appeal', ['High Court'], 2]]],
    ['a possessive inside a name is optional', "The Velkran People's Party won. Later the Velkran People Party said so.", [["Velkran People's Party", ['Velkran People Party'], 2]]],
    ['a body also goes by its name without the country in front', 'The Norway Coastal Office met. Later the Coastal Office said no.', [['Norway Coastal Office', ['Coastal Office'], 2]]],
    ["an acronym that opens a body's name is that body", 'Reporters at WXQ News asked. Later WXQ said no.', [['WXQ News', ['WXQ'], 2]]],
    ['an acronym by its initials', 'The United Nations met, and the UN said no.', [['United Nations', ['UN'], 2]]],
    ['spellings of one country', 'The U.S. and the United States of America are one.', [['United States of America', ['U.S.'], 2]]],
    ['the first word of an organization', 'The Kestrel News Agency reported it. On Monday, Kestrel said more.', [['Kestrel News Agency', ['Kestrel'], 2]]],
    ['a long name and its part before "for"', 'The Kestrel Foundation for the Arts paid. Later the Kestrel Foundation said so.', [['Kestrel Foundation for the Arts', ['Kestrel Foundation'], 2]]],
    ['given names one edit apart: one person, the form written more often', 'Karin Veld spoke. Karen Veld said more. Then Karen Veld left.', [['Karen Veld', ['Karin Veld'], 3]]],
    ['given names one edit apart, written as often: the first form', 'Karen Veld spoke. Then Karin Veld left.', [['Karen Veld', ['Karin Veld'], 2]]],
    ['a lone surname one edit from a known one joins that person', 'Teodor Brenner spoke. Later, Brener said no.', [['Teodor Brenner', ['Brener'], 2]]],
    ['but not a short one', 'Teodor Quist spoke. Later, Quis said no.', [['Teodor Quist', [], 1], ['Quis', [], 1]]],
    ['a long surname two edits from a known one joins that person', 'Teodor Brennermann spoke. Later, Ms Braennerman said no.', [['Teodor Brennermann', ['Braennerman'], 2]]],
    ['but not a shorter one two edits away', 'Teodor Brenner spoke. Later, Bremmer said no.', [['Teodor Brenner', [], 1], ['Bremmer', [], 1]]],
    ['two names sharing a plural head: each stands for its singular', 'Talks between the Fisheries and Coastal Affairs Ministries ended.', [['Fisheries Ministry', ['Fisheries'], 1], ['Coastal Affairs Ministry', ['Coastal Affairs'], 1]]],
    ['a title word shares the head too', 'Talks between the Defense and Justice Departments ended.', [['Defense Department', ['Defense'], 1], ['Justice Department', ['Justice'], 1]]],
    ['two people sharing a surname stay apart', 'Ana Tolvik met Per Tolvik in Oslo.', [['Ana Tolvik', [], 1], ['Per Tolvik', [], 1], ['Oslo', [], 1]]],
  ])('%s', (_rule, text, expected) => {
    expect(grouped(text)).toEqual(expected);
  });

  it('a surname goes to the person named last before it', () => {
    const text = 'Ana Tolvik met Eric Tolvik. Then Tolvik said no.';
    const per = entitiesOf(text).find((e) => e.name === 'Eric Tolvik');
    expect(per?.mentions.length).toBe(2);
  });
});
