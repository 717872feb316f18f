import { describe, expect, it } from 'vitest';
import type { GoldItem } from '../../src/eval/gold.js';
import { buildReport } from '../../src/eval/report.js';
import { scoreArticle } from '../../src/eval/scoreArticle.js';
import type { Article } from '../../src/types.js';
import { goldEntity, goldStatement, predictedEntity, predictedStatement } from './make.js';

const text = 'Ana Velder said the bridge would reopen. Harbour Water Board staff disagreed. Marlow waits.';

function article(statements: Article['statements'], entities: Article['entities']): Article {
  return { id: 'a', source: 'a.txt', meta: {}, stats: { characters: text.length, sentences: 3, tokens: 15 }, statements, entities };
}

const item = (corpus: string, id: string): GoldItem => ({
  corpus, text,
  gold: {
    id, file: `texts/${id}.txt`,
    statements: [goldStatement(16, 39, 'Ana Velder', { content: text.slice(16, 39) })],
    entities: [goldEntity('Ana Velder', 'person', ['Velder']), goldEntity('Marlow', 'place')],
  },
});

describe('buildReport', () => {
  const perfect = scoreArticle(item('one', 'a'), article([predictedStatement(16, 39, 'Ana Velder')], [predictedEntity('Ana Velder', 'person'), predictedEntity('Marlow', 'place')]));
  const empty = scoreArticle(item('two', 'b'), article([], [predictedEntity('Harbour Water Board', 'organization', [], 41)]));
  const report = buildReport([perfect, empty], true);

  it('scores each corpus on its own and sums the counts into the total', () => {
    expect(report.corpora.map((c) => [c.corpus, c.articles, c.statements.f1])).toEqual([['one', 1, 1], ['two', 1, 0]]);
    expect(report.total.statements).toMatchObject({ gold: 2, predicted: 1, matched: 1, precision: 1, recall: 0.5 });
    expect(report.total.entities.micro).toMatchObject({ gold: 4, predicted: 3, matched: 2 });
  });

  it('lists the misses and false positives with article, offsets and a snippet of the text', () => {
    const errors = report.errors ?? [];
    expect(errors).toContainEqual(expect.objectContaining({
      corpus: 'two', article: 'b', layer: 'statement', error: 'missed', gold: 'Ana Velder', start: 16, end: 39, snippet: 'the bridge would reopen',
    }));
    expect(errors).toContainEqual(expect.objectContaining({
      article: 'b', layer: 'entity', error: 'false-positive', predicted: 'Harbour Water Board', start: 41, end: 60, snippet: expect.stringContaining('reopen. [Harbour Water Board] staff'),
    }));
    expect(errors.filter((e) => e.article === 'a')).toEqual([]);
  });

  it('finds a missed entity in the text as a whole word', () => {
    const miss = (report.errors ?? []).find((e) => e.layer === 'entity' && e.gold === 'Marlow' && e.article === 'b');
    expect(miss).toMatchObject({ start: 78, end: 84, snippet: expect.stringContaining('[Marlow]') });
  });

  it('points a missed statement and a false one that overlap too little at each other', () => {
    const shifted = scoreArticle(item('one', 'c'), article([predictedStatement(30, 60, 'Ana Velder')], []));
    const errors = buildReport([shifted], true).errors ?? [];
    expect(errors.find((e) => e.error === 'missed')?.nearest).toEqual({ start: 30, end: 60, iou: 0.2 });
    expect(errors.find((e) => e.error === 'false-positive')?.nearest).toEqual({ start: 16, end: 39, iou: 0.2 });
  });

  it('leaves the errors out unless asked', () => {
    expect(buildReport([perfect], false).errors).toBeUndefined();
  });
});
