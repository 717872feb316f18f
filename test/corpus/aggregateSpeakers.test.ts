import { describe, expect, it } from 'vitest';
import { aggregateSpeakers } from '../../src/corpus/aggregateSpeakers.js';
import { buildAliasTable, NO_ALIASES } from '../../src/corpus/aliases.js';
import { createTally, tallyArticle, type CorpusTally } from '../../src/corpus/tally.js';
import type { Article } from '../../src/types.js';
import { buildArticle } from './build.js';
import { CORPUS } from './fixtures.js';

function tallyOf(articles: Article[], aliases = NO_ALIASES): CorpusTally {
  const tally = createTally();
  for (const article of articles) tallyArticle(tally, article, { aliases, articleIds: true });
  return tally;
}

describe('aggregateSpeakers', () => {
  const report = aggregateSpeakers(tallyOf(CORPUS), { top: 5 });
  const vale = report.speakers.find((s) => s.key === 'ana vale');

  it('counts the corpus and the statements without a speaker', () => {
    expect(report).toMatchObject({ articles: 3, statements: 6, unattributed: 1 });
    expect(report.speakers.map((s) => s.name)).toEqual(['Ana Vale', 'Tomas Brenner', 'officials']);
  });

  it('gives one speaker for "Foreign Minister Ana Vale" and "Vale" in another article', () => {
    expect(vale).toMatchObject({ name: 'Ana Vale', type: 'person', statements: 3, articles: 2 });
    expect(vale?.kinds).toEqual({ direct: 1, indirect: 1, mixed: 1 });
    expect(vale?.names).toContain('Vale');
  });

  it('reads first and last date from the articles, whatever way they are written', () => {
    expect(vale?.firstDate).toBe('2024-01-15');
    expect(vale?.lastDate).toBe('2024-03-01');
    expect(report.speakers.find((s) => s.name === 'officials')).toMatchObject({ firstDate: '2024-05-20', lastDate: '2024-05-20' });
  });

  it('keeps the titles and affiliations seen, and the cue verbs used', () => {
    expect(vale?.titles).toEqual([{ value: 'Foreign Minister', count: 1 }]);
    expect(vale?.affiliations).toEqual([{ value: 'Borland', count: 1 }]);
    expect(vale?.cues.map((c) => [c.lemma, c.count])).toEqual([['add', 1], ['say', 1], ['warn', 1]]);
  });

  it('lists whom a speaker talks about, most first, merged across names', () => {
    expect(vale?.about.map((a) => a.name).sort()).toEqual(['Borland Council', 'Kestrel Bank', 'Tomas Brenner']);
    const brenner = report.speakers.find((s) => s.name === 'Tomas Brenner');
    expect(brenner?.about).toEqual([{ key: 'ana vale', name: 'Ana Vale', type: 'person', count: 1 }]);
    expect(aggregateSpeakers(tallyOf(CORPUS), { top: 1 }).speakers[0].about).toHaveLength(1);
  });

  it('leaves a surname apart when two full names share it', () => {
    const rui = buildArticle('fourth', null, [{ name: 'Rui Vale', type: 'person' }], [{ by: 'Rui Vale' }]);
    const names = aggregateSpeakers(tallyOf([...CORPUS, rui]), { top: 5 }).speakers.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Ana Vale', 'Vale', 'Rui Vale']));
  });

  it('merges what an alias file says is one person', () => {
    const other = buildArticle('fourth', '2024-06-01', [{ name: 'Anna Wale', type: 'person' }], [{ by: 'Anna Wale' }]);
    const without = aggregateSpeakers(tallyOf([...CORPUS, other]), { top: 5 });
    expect(without.speakers.find((s) => s.key === 'ana vale')?.statements).toBe(3);
    const merged = aggregateSpeakers(tallyOf([...CORPUS, other], buildAliasTable([['Anna Wale', 'Ana Vale']])), { top: 5 });
    const vale = merged.speakers.find((s) => s.key === 'ana vale');
    expect(vale).toMatchObject({ name: 'Ana Vale', statements: 4, articles: 3, lastDate: '2024-06-01' });
    expect(merged.speakers.some((s) => s.key === 'anna wale')).toBe(false);
  });

  it('takes a lone family name in the same article for the full name, and a bare pronoun for no speaker', () => {
    const article = buildArticle('fifth', null, [
      { name: 'Minister Wen Lihua', type: 'person' },
      { name: 'Wen', type: 'place', mentions: 3 },
    ], [
      { by: 'Minister Wen Lihua' }, { by: 'Wen', cue: 'stress' }, { by: { name: 'he', type: 'anonymous', text: 'he' } },
    ]);
    const report = aggregateSpeakers(tallyOf([article]), { top: 5 });
    expect(report.speakers.map((s) => [s.name, s.type, s.statements, s.articles])).toEqual([['Wen Lihua', 'person', 2, 1]]);
    expect(report.speakers[0].titles).toEqual([{ value: 'Minister', count: 1 }]);
    expect(report.unattributed).toBe(1);
  });
});
