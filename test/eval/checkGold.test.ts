import { describe, expect, it } from 'vitest';
import { checkGold, offsetWarnings } from '../../src/io/checkGold.js';

const statement = { speaker: 'Ana Velder', speakerType: 'person', cue: 'said', kind: 'direct', content: 'We will rebuild', start: 1, end: 16 };

describe('checkGold', () => {
  it('reads a well-formed gold article, with the id from the file name when it has none', () => {
    const checked = checkGold({ file: 'texts/a.txt', statements: [statement], entities: [{ name: 'Velder', type: 'person' }] }, 'a');
    expect(checked).toEqual({
      ok: true,
      gold: { id: 'a', file: 'texts/a.txt', statements: [statement], entities: [{ name: 'Velder', type: 'person', aliases: [] }] },
    });
  });

  it.each([
    [[], 'expected a JSON object'],
    [{ statements: [] }, 'expected a string field "file"'],
    [{ file: 'a.txt', statements: [{ ...statement, kind: 'quoted' }] }, 'statements[0]: expected "kind" to be one of direct, indirect, mixed, found "quoted"'],
    [{ file: 'a.txt', statements: [{ ...statement, end: 0 }] }, 'statements[0]: expected offsets'],
    [{ file: 'a.txt', entities: [{ name: 'Velder', type: 'city' }] }, 'entities[0]: expected "type" to be one of'],
  ])('says what is wrong with %j', (value, message) => {
    const checked = checkGold(value, 'a');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toContain(message);
  });
});

describe('offsetWarnings', () => {
  const gold = { id: 'a', file: 'a.txt', statements: [statement], entities: [] };

  it('is silent when the offsets slice the content out of the text', () => {
    expect(offsetWarnings(gold, '“We will rebuild,” she said.', 'a.gold.json')).toEqual([]);
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const astral = { ...gold, statements: [{ ...statement, start: 2, end: 17 }] };
    expect(offsetWarnings(astral, '🙂“We will rebuild,” she said.', 'a.gold.json')).toEqual([]);
  });

  it('warns when the text and the gold disagree', () => {
    const warnings = offsetWarnings(gold, '“We shall rebuild,” she said.', 'a.gold.json');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('statements[0]');
  });
});

describe('speaker mentions', () => {
  it('accepts a statement whose speaker mention is null (as drafted from the tool output)', () => {
    const drafted = { ...statement, sourceText: null, sourceStart: null, sourceEnd: null };
    expect(checkGold({ file: 'a.txt', statements: [drafted] }, 'a').ok).toBe(true);
  });

  it('rejects a mention with a start and no end', () => {
    expect(checkGold({ file: 'a.txt', statements: [{ ...statement, sourceStart: 3 }] }, 'a').ok).toBe(false);
  });

  it('warns when the mention offsets do not slice its text', () => {
    const gold = { id: 'a', file: 'a.txt', entities: [], statements: [{ ...statement, sourceText: 'she', sourceStart: 19, sourceEnd: 22 }] };
    expect(offsetWarnings(gold, '“We will rebuild,” she said.', 'g')).toEqual([]);
    expect(offsetWarnings(gold, '“We will rebuild,” Ida said.', 'g')[0].message).toContain('"sourceText"');
  });
});
