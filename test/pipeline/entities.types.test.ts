import { describe, expect, it } from 'vitest';
import { typedNames } from './entitiesHelper.js';

describe('entity types', () => {
  it.each([
    ['a title before the name → person', 'Minister Joren Vask spoke on Monday.', ['person:Joren Vask']],
    ['an honorific → person', 'The letter was signed by Dr. Alun Brisk.', ['person:Alun Brisk']],
    ['a given name → person', 'The prize went to Ruth Garvey.', ['person:Ruth Garvey']],
    ['the subject of a speech verb → person', 'Qorin Delassa said the road was closed.', ['person:Qorin Delassa']],
    ['an organization head word', 'The Harbin Cooperation Organization met.', ['organization:Harbin Cooperation Organization']],
    ['a head word before "of"', 'The Church of the Open Door closed.', ['organization:Church of the Open Door']],
    ['the head comes before "of"', 'Planes hang in the Museum of the Coastal Air Force.', ['place:Museum of the Coastal Air Force']],
    ['a place word "for" a purpose is a body', 'The Centre for Water Studies said so.', ['organization:Centre for Water Studies']],
    ['a head that comes first in other languages', 'Pupils of Instituto Veloso went home.', ['organization:Instituto Veloso']],
    ['a newspaper by its head word', 'Readers of Lakeside Star wrote in.', ['organization:Lakeside Star']],
    ['a compass word after a name makes a district', 'Voters in Harwick East went to the polls.', ['place:Harwick East']],
    ['a head word alone, titled by a capital "The"', 'She wrote to The Courier on Monday.', ['organization:Courier']],
    ["a lone name owning a person's name → organization", "Voters backed Veltrix's Nora Quill.", ['organization:Veltrix', 'person:Nora Quill']],
    ['a dateline in capitals is a place', 'VELTRANA, March 4 (Example Wire) - Talks began.', ['place:VELTRANA', 'organization:Example Wire']],
    ['an organization that is a demonym, title words and a head', 'The Kenyan Interior Ministry said so.', ['organization:Kenyan Interior Ministry']],
    ['small words of other languages inside names', 'Shares of Banco des Andes fell.', ['organization:Banco des Andes']],
    ['an initiative head word', 'Farmers praised the Green Valley Strategy.', ['initiative:Green Valley Strategy']],
    ['a facility is a place', 'The exhibit opened at the Pinewood Museum.', ['place:Pinewood Museum']],
    ['a country from the lexicon', 'Trade with Kenya grew.', ['place:Kenya']],
    ['a country by another spelling', 'Trade with the Russian Federation grew.', ['place:Russian Federation']],
    ['a capital from the lexicon', 'The envoy flew to Nairobi.', ['place:Nairobi']],
    ['a region from the lexicon', 'Floods hit Queensland.', ['place:Queensland']],
    ['an unknown name beside a known place → place', 'The plant in Drovak, Kenya, closed.', ['place:Drovak', 'place:Kenya']],
    ['but not a name after a place that starts a clause', 'In Nairobi, Qorin Delassa said no.', ['place:Nairobi', 'person:Qorin Delassa']],
    ['"the" before an unknown name → organization', 'Fans cheered the Velvet Tigers on Sunday.', ['organization:Velvet Tigers']],
    ["but a person's name may modify a noun after 'the'", 'Fans watched the Peter Quill video again.', ['person:Peter Quill']],
    ['a group word before a given name is no part of it', 'The video featured Scientologist Maria Vance.', ['person:Maria Vance']],
    ['an unknown name after "in" → place', 'The meeting was held in Veltrana.', ['place:Veltrana']],
    ['an acronym → organization', 'The plan was approved by the WXQ board.', ['organization:WXQ']],
    ['a lone name that speaks, never named in full → organization', 'On Monday, Zentrix said the service was restored.', ['organization:Zentrix']],
    ['no person is a plural the article writes in lower case', 'The girls cheered Harbour Girls at noon.', []],
    ['no person holds an acronym or a digit in the name', 'Fans tried Arkvale VR at home.', []],
    ['but initials are fine', 'The prize went to T.J. Varrow.', ['person:T.J. Varrow']],
    ['a lone unknown word the article comes back to → organization', 'Critics praised Zentrix. Later, the board of Zentrix met.', ['organization:Zentrix']],
    ['a lone source after "according to" → organization', 'According to Veltrix, the plant closed.', ['organization:Veltrix']],
    ['a lone unknown word seen once, with no sign → nothing', 'Critics praised Zentrix on Monday.', []],
    ['a lone word at a sentence start that speaks', 'Zentrix said the service was restored.', ['organization:Zentrix']],
    ['a name that is an alias of a person stays a person', 'Ana Tolvik arrived. Tolvik said it was fine.', ['person:Ana Tolvik']],
    ['a place inside an organization name is not a place', 'The Lagos Port Authority said so.', ['organization:Lagos Port Authority']],
  ])('%s', (_rule, text, expected) => {
    expect(typedNames(text)).toEqual(expected);
  });
});
