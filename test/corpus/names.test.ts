import { describe, expect, it } from 'vitest';
import { buildAliasTable, lookUpAlias } from '../../src/corpus/aliases.js';
import { cueClass } from '../../src/corpus/cueClass.js';
import { isPartOf, mergeNameKeys } from '../../src/corpus/mergeNames.js';
import { foldName, splitTitle } from '../../src/corpus/names.js';
import { nameKey } from '../../src/corpus/speakerKey.js';

describe('splitTitle', () => {
  it.each([
    ['Foreign Minister Ana Vale', 'Ana Vale', 'Foreign Minister'],
    ['Northland Foreign Minister Ana Vale', 'Ana Vale', 'Northland Foreign Minister'],
    ['Secretary of State Tomas Brenner', 'Tomas Brenner', 'Secretary of State'],
    ['Mr. Brenner', 'Brenner', 'Mr.'],
    ['President Ilse de Wit', 'Ilse de Wit', 'President'],
    ['Deputy Prime Minister Omar al-Sadi', 'Omar al-Sadi', 'Deputy Prime Minister'],
    ['Ana Vale', 'Ana Vale', null],
    ['President', 'President', null],
    ['"Professor Cres Vane', 'Cres Vane', 'Professor'],
    ['Critics of Ana Vale', 'Ana Vale', null],
    ['After the talks, CEO of the Ana Vale', 'Ana Vale', null],
  ])('%s → %s (%s)', (input, name, title) => {
    expect(splitTitle(input)).toEqual({ name, title });
  });
});

describe('nameKey', () => {
  it('is the same for a name with and without title, case, accents or possessive', () => {
    const keys = ['Foreign Minister Ana Vale', 'ANA VALE', 'Ána Vále', "Ana Vale's"].map((n) => nameKey(n, true, new Map()).key);
    expect(new Set(keys)).toEqual(new Set(['ana vale']));
  });

  it('keeps an organization whole, without a leading "the"', () => {
    expect(nameKey('the Foreign Ministry', false, new Map())).toMatchObject({ key: 'foreign ministry', form: 'Foreign Ministry', title: null });
  });

  it('follows the alias table, also for a name written with a title', () => {
    const aliases = buildAliasTable([['Anna Wale', 'Ana Vale']]);
    expect(lookUpAlias(aliases, 'Minister Anna Wale')).toBe('Ana Vale');
    expect(nameKey('Minister Anna Wale', true, aliases)).toMatchObject({ key: 'ana vale', canonical: 'Ana Vale', title: 'Minister' });
  });

  it('folds dots and spaces, and the marks a span picked up at its edges', () => {
    expect(foldName('U.S.  Trade Office')).toBe('us trade office');
    expect(foldName('" he')).toBe('he');
    expect(foldName('"')).toBe('');
  });
});

describe('isPartOf', () => {
  it.each([
    [['vale'], ['ana', 'vale'], true],
    [['ana', 'vale'], ['ana', 'maria', 'vale'], true],
    [['wen'], ['wen', 'lihua'], true],
    [['maria'], ['ana', 'maria', 'vale'], false],
    [['ana', 'maria'], ['ana', 'maria', 'vale'], false],
    [['vale'], ['vale'], false],
    [['rui', 'vale'], ['ana', 'maria', 'vale'], false],
  ])('%j in %j: %s', (part, whole, expected) => {
    expect(isPartOf(part, whole)).toBe(expected);
  });
});

describe('cueClass', () => {
  it('gives the class the cue lexicon gives a lemma, and none to an unknown one', () => {
    expect(cueClass('say')).toBe('neutral');
    expect(cueClass('Insist')).toBe('emphasis');
    expect(cueClass('according to')).toBe('neutral');
    expect(cueClass('ponder')).toBeNull();
  });
});

describe('mergeNameKeys', () => {
  const person = (...forms: string[]) => ({ types: new Map([['person', 1]]), canonical: null, forms: new Map(forms.map((f) => [f, 1])) });
  const org = (...forms: string[]) => ({ types: new Map([['organization', 1]]), canonical: null, forms: new Map(forms.map((f) => [f, 1])) });
  const merge = (names: [string, ReturnType<typeof person>][], speakers: string[] = []) => Object.fromEntries(mergeNameKeys(new Map(names), new Set(speakers)));

  it('takes words in front of a known full name for a title or an organization', () => {
    expect(merge([['northland ana vale', person()], ['ana vale', person()], ['vale', person()]])).toEqual({ 'northland ana vale': 'ana vale', vale: 'ana vale' });
  });

  it('joins a short name to the longer one it is part of, only when that one is alone', () => {
    expect(merge([['ana vale', person()], ['ana maria vale', person()]])).toEqual({ 'ana vale': 'ana maria vale' });
    expect(merge([['ana vale', person()], ['rui vale', person()], ['vale', person()]])).toEqual({});
  });

  it('takes an acronym for the one name with its initials', () => {
    expect(merge([['nrc', org('NRC')], ['nuclear regulatory commission', org()]])).toEqual({ nrc: 'nuclear regulatory commission' });
    expect(merge([['bpw', org('BPW')], ['bureau of public works', org()]])).toEqual({ bpw: 'bureau of public works' });
    expect(merge([['kcna', org('Kcna')], ['korean central news agency', org()]])).toEqual({});
  });

  it('never merges away a name the alias file gave', () => {
    expect(merge([['vale', { ...person(), canonical: 'Vale' }], ['ana vale', person()]])).toEqual({});
  });
});
