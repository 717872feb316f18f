import { describe, expect, it } from 'vitest';
import { filterArticle, nameMatches } from '../src/filters.js';
import { CORPUS } from './corpus/fixtures.js';

const [first, , third] = CORPUS;
const ids = (article: ReturnType<typeof filterArticle>) => article?.statements.map((s) => s.id) ?? null;

describe('filterArticle', () => {
  it('keeps the statements of a speaker, found by any of their names', () => {
    expect(ids(filterArticle(first, { speaker: 'vale' }))).toEqual(['s1', 's2']);
    expect(ids(filterArticle(first, { speaker: 'Ana Vale' }))).toEqual(['s1', 's2']);
    expect(ids(filterArticle(first, { speaker: 'Brenner' }))).toEqual(['s3']);
  });

  it('keeps the statements that name an entity', () => {
    expect(ids(filterArticle(first, { about: 'Borland Council' }))).toEqual(['s2']);
    expect(ids(filterArticle(third, { about: 'Vale' }))).toEqual(['s1']);
  });

  it('keeps the statements of a kind, and drops an article with none left', () => {
    expect(ids(filterArticle(first, { kinds: ['direct'] }))).toEqual(['s1']);
    expect(filterArticle(first, { kinds: ['mixed'] })).toBeNull();
    expect(filterArticle(first, { speaker: 'Orla Finch' })).toBeNull();
  });

  it('keeps entities of a type and narrows "about" to them', () => {
    const people = filterArticle(first, { types: ['person'] });
    expect(people?.entities.map((e) => e.name)).toEqual(['Foreign Minister Ana Vale', 'Tomas Brenner']);
    expect(people?.statements.map((s) => s.about)).toEqual([['e2'], [], ['e1']]);
  });

  it('combines filters', () => {
    expect(ids(filterArticle(first, { speaker: 'vale', kinds: ['indirect'] }))).toEqual(['s2']);
    expect(filterArticle(first, { speaker: 'brenner', about: 'Borland Council' })).toBeNull();
  });
});

describe('nameMatches', () => {
  it('wants the words in order, whole', () => {
    expect(nameMatches('ana vale', ['Minister Ana Vale'])).toBe(true);
    expect(nameMatches('vale ana', ['Ana Vale'])).toBe(false);
    expect(nameMatches('val', ['Ana Vale'])).toBe(false);
    expect(nameMatches('Ana Vale', ['Vale'])).toBe(true);
    expect(nameMatches('Ana Vale', ['Rui Vale'])).toBe(false);
  });
});
