import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/pipeline/entities/index.js';
import { tokenize } from '../../src/pipeline/tokenize.js';
import { entitiesOf, typedNames } from './entitiesHelper.js';

describe('entity mentions: what is a name', () => {
  it.each([
    ['small words inside names', 'Rates rose at the Bank of Northland on Friday.', ['organization:Bank of Northland']],
    ['a ministry with "of"', 'A letter reached the Ministry of Coastal Affairs today.', ['organization:Ministry of Coastal Affairs']],
    ['"and" inside an initiative', 'Donors backed the Clean Rivers and Forests Initiative.', ['initiative:Clean Rivers and Forests Initiative']],
    ['"and" inside a name its short form spells out', 'The League of Coastal Towns and Harbours (LCTH) met.', ['organization:League of Coastal Towns and Harbours']],
    ['"and" inside a title after a capital "The"', 'She wrote for The Harbour Times and Courier last year.', ['organization:Harbour Times and Courier']],
    ['"and" between two names', 'Envoys from Kenya and Peru arrived.', ['place:Kenya', 'place:Peru']],
    ['"and" between two parties', 'Voters chose the Green Party and the Farmers Party this year.', ['organization:Green Party', 'organization:Farmers Party']],
    ['a long plan name with "on" and "in"', 'They signed the Joint Action Plan on Fisheries in Baltic Waters last year.', ['initiative:Joint Action Plan on Fisheries in Baltic Waters']],
    ['an acronym', 'The talks were hosted by NATO in the spring.', ['organization:NATO']],
    ['a hyphenated pair of places', 'Analysts praised France-Germany relations.', ['place:France', 'place:Germany']],
    ["a possessive inside a body's name after two words", "Troops of the Velkran People's Army crossed the river.", ["organization:Velkran People's Army"]],
    ["but not after a place", "Norway's Coastal Safety Authority said so.", ['place:Norway', 'organization:Coastal Safety Authority']],
    ['a possessive', "Observers welcomed Germany's position.", ['place:Germany']],
    ['a compass word before a given name that makes a known place', 'The plant moved to Charleston, West Virginia, last year.', ['place:Charleston', 'place:West Virginia']],
    ['a hyphenated given name', 'The delegate Park Ji-hoon arrived late.', ['person:Park Ji-hoon']],
    ['a person then the party they belong to', 'The seat went to Tomas Brill of the Harbour Party.', ['person:Tomas Brill', 'organization:Harbour Party']],
    ['a website name across the dot', 'Readers of Kelpnews.com and Harbourwatch.org complained.', ['organization:Kelpnews.com', 'organization:Harbourwatch.org']],
    ['a project, then the place it is in', 'He joined the Coastal Renewal Project in Nairobi.', ['initiative:Coastal Renewal Project', 'place:Nairobi']],
    ['a person whose surname is a head word, then the party', 'The seat went to Nathan Bill of the Harbour Party.', ['person:Nathan Bill', 'organization:Harbour Party']],
    ['an organization right before a person', 'Yesterday the Harbour Council Maria Vance spoke.', ['organization:Harbour Council', 'person:Maria Vance']],
    ['a body, then a person of unknown names, after a title', 'The CEO of the Lakeside Council Oren Quist told reporters so.', ['organization:Lakeside Council', 'person:Oren Quist']],
    ['a body, then a person whose surname the article writes alone', 'A student at the University of Northland Amrel Jovadi wrote. Jovadi said no.', ['organization:University of Northland', 'person:Amrel Jovadi']],
    ['words with no given name, then "Given Surname"', 'A spokeswoman for Coastal Relations Maria Vance said so.', ['person:Maria Vance']],
    ['an acronym of Roman-numeral letters that is no numeral', 'Judges of the ICC met in the spring.', ['organization:ICC']],
    ['a broken sentence split leaves no pronoun in a name', 'He praised the UNHCR. Its staff agreed.', ['organization:UNHCR']],
    ['a titled person of an organization of a place', 'Dr. Jane Quill of the University of Northland spoke.', ['person:Jane Quill', 'organization:University of Northland']],
    ['an organization of title-like words', 'A Department of Water spokesman said no.', ['organization:Department of Water']],
    ['an organization whose first word is also a given name', 'The Royal Society of Harbours (RSH) met.', ['organization:Royal Society of Harbours']],
    ['a particle joined by a hyphen', 'Spokesman Karim al-Fayad told reporters so.', ['person:Karim al-Fayad']],
    ['a name starting with a particle', 'The channel al-Waseet said it twice. Later al-Waseet said more.', ['organization:al-Waseet']],
    ['a society "of" a country with no article is one name', 'She joined the Harbour Rowing Society of Norway last year.', ['organization:Harbour Rowing Society of Norway']],
    ['an organization then its country', 'She studied at the Kestrel State University of the US.', ['organization:Kestrel State University', 'place:US']],
  ])('%s', (_rule, text, expected) => {
    expect(typedNames(text)).toEqual(expected);
  });
});

describe('entity mentions: what is not a name', () => {
  it.each([
    ['a sentence-initial common word', 'Residents said little. Nobody else came.'],
    ['a sentence-initial plural that speaks', 'Critics said the plan would fail.'],
    ['a title alone', 'The Foreign Minister arrived late.'],
    ['a demonym and a title word', 'Chinese State media reported the visit.'],
    ['dates, months and weekdays', 'On Monday, April 3, the talks began in earnest.'],
    ['yesterday and today', 'Yesterday the board met. Today it voted.'],
    ['demonyms and religions', 'Afghans and Muslims joined Europeans at the meeting.'],
    ['a pro- adjective', 'The Pro-Kremlin camp lost ground.'],
    ['a headline in title case', 'Storm Hits Coast As Ministers Meet\n\nThe storm was mild.'],
    ['an event', 'Crowds gathered for the Lantern Night Festival.'],
    ['a title of a work in quotation marks', 'The robot, named "Silver Heron", won a prize.'],
    ['a quoted title with "of" and a comma inside the marks', 'The robot, named "Better Dawn of Harbour Girls," won.'],
    ['a line in capitals says nothing by its capitals', 'BREAKING: THE BOARD SAID IT WILL CLOSE THE PLANT TODAY.'],
    ['an everyday word in capitals is emphasis, not an acronym', 'The board said it would NEVER sell the plant.'],
    ['a shouted word is no acronym', 'Do not go out unless told. UNLESS you must.'],
    ['common acronyms and Roman numerals', 'Her IQ was tested in a VIP room during Act XVII.'],
  ])('%s', (_rule, text) => {
    expect(typedNames(text)).toEqual([]);
  });
});

describe('entity mentions: names and offsets are clean', () => {
  it.each([
    ['no leading article', 'Staff at the Lakeside Hospital protested.', 'Lakeside Hospital'],
    ['no trailing possessive', "The Lakeside Hospital's staff protested.", 'Lakeside Hospital'],
    ['no leading "The" even when capitalised', 'He praised The Northern Fisheries Council on Monday.', 'Northern Fisheries Council'],
  ])('%s', (_rule, text, name) => {
    const [entity] = entitiesOf(text);
    expect(entity.name).toBe(name);
    const [mention] = entity.mentions;
    expect(text.slice(mention.start, mention.end)).toBe(name);
  });

  it('every mention slices to the name or an alias', () => {
    const text = 'Minister Ana Tolvik visited Oslo. Tolvik said Oslo was calm, and Ana Tolvik left.';
    for (const e of entitiesOf(text)) {
      for (const m of e.mentions) expect([e.name, ...e.aliases]).toContain(text.slice(m.start, m.end));
    }
  });
});

describe('entity mentions: part-of-speech errors', () => {
  it('a name word tagged as a verb inside a name does not break the name', () => {
    const doc = tokenize('Delegates of the Lima Cooperation Council met on Monday.');
    for (const t of doc.tokens) if (t.text === 'Lima' || t.text === 'Cooperation') t.pos = 'VERB';
    expect(findEntities(doc).map((e) => `${e.type}:${e.name}`)).toEqual(['organization:Lima Cooperation Council']);
  });
});
