import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entitiesHelper.js';

function person(text: string, name: string): { titles: string[]; affiliation: string | null } {
  const found = entitiesOf(text).find((e) => e.name === name);
  if (!found) throw new Error(`no entity "${name}" in: ${text}`);
  expect(found.type).toBe('person');
  return { titles: found.titles, affiliation: found.affiliation };
}

describe('titles and affiliation', () => {
  it.each([
    ['a demonym and a title before the name', 'Kenyan Foreign Minister Joren Vask said so.', 'Joren Vask', ['Foreign Minister'], 'Kenya'],
    ['two titles joined by "and"', 'Norwegian State Secretary and Trade Minister Ola Berg spoke.', 'Ola Berg', ['State Secretary and Trade Minister'], 'Norway'],
    ['a country before the title', 'U.S. President John Carver arrived.', 'John Carver', ['President'], 'United States'],
    ['a possessive country before the title', "Peru's Interior Minister Rosa Quispe resigned.", 'Rosa Quispe', ['Interior Minister'], 'Peru'],
    ['a title with a country after "to"', 'Chilean Ambassador to the United States Ines Roa spoke.', 'Ines Roa', ['Ambassador to the United States'], 'Chile'],
    ['an apposition with a possessive country', "Kari Holm, Norway's trade minister, said it.", 'Kari Holm', ['trade minister'], 'Norway'],
    ['an apposition "the spokesperson of Y"', 'Maria Lopez, the spokesperson of the Ministry of Water, said it.', 'Maria Lopez', ['spokesperson'], 'Ministry of Water'],
    ['a title with "of" at a paragraph start', 'The vote was close.\n\nMinister of Education Lena Sorvik said no.', 'Lena Sorvik', ['Minister of Education'], null],
    ['a lower-case title after an organization', 'The WXQ spokesperson Ines Roa said so.', 'Ines Roa', ['spokesperson'], 'WXQ'],
    ['a lower-case title after a possessive country', "Peru's interior minister Rosa Quispe resigned.", 'Rosa Quispe', ['interior minister'], 'Peru'],
    ['a body, then a title, before the name', 'Velkan Boxing Association President Ramon Dorn said so.', 'Ramon Dorn', ['President'], 'Velkan Boxing Association'],
    ['a body, then a title of two words', 'Officials met. Harbour Council Deputy Chairman Ines Roa spoke.', 'Ines Roa', ['Deputy Chairman'], 'Harbour Council'],
    ['a courtesy title is no title', 'Later, Mr Ewan Tull left.', 'Ewan Tull', [], null],
    ['a title without an affiliation', 'President Ewan Tull spoke.', 'Ewan Tull', ['President'], null],
    ['no title at all', 'Ewan Tull spoke.', 'Ewan Tull', [], null],
  ])('%s', (_rule, text, name, titles, affiliation) => {
    expect(person(text, name)).toEqual({ titles, affiliation });
  });

  it('leaves the title out of the body named before it', () => {
    const names = entitiesOf('Velkan Boxing Association President Ramon Dorn said so.').map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(['organization:Velkan Boxing Association', 'person:Ramon Dorn']);
  });

  it('titles from several mentions are collected once each', () => {
    const text = 'President Ewan Tull spoke. Later, President Tull and Ewan Tull, the party leader, left.';
    expect(person(text, 'Ewan Tull').titles).toEqual(['President', 'party leader']);
  });
});
