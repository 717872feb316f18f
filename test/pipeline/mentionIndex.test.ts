import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entitiesWithin, indexMentions } from '../../src/pipeline/mentionIndex.js';
import type { FoundEntity } from '../../src/pipeline/stages.js';

const entity = (...spans: [number, number][]): FoundEntity => ({
  type: 'person', name: 'n', aliases: [], titles: [], affiliation: null,
  mentions: spans.map(([start, end]) => ({ start, end, first: 0, last: 0, sentence: 0 })),
});

describe('entitiesWithin', () => {
  const entities = [entity([0, 5], [40, 45]), entity([10, 20]), entity([18, 30]), entity([50, 60])];
  it.each<[string, number, number, number[]]>([
    ['the entities wholly inside, by first mention inside', 0, 35, [0, 1, 2]],
    ['not one that only starts inside', 0, 25, [0, 1]],
    ['not one that only ends inside', 15, 35, [2]],
    ['an entity once, at its first mention inside', 0, 50, [0, 1, 2]],
    ['an entity by a later mention when the earlier one is outside', 35, 70, [0, 3]],
    ['none in an empty stretch', 30, 30, []],
  ])('%s', (_what, start, end, expected) => {
    expect(entitiesWithin(indexMentions(entities), start, end)).toEqual(expected);
  });

  it('agrees with a pass over every mention, on random mentions', () => {
    const span = fc.tuple(fc.nat(100), fc.nat(20)).map(([s, len]) => [s, s + len] as [number, number]);
    fc.assert(fc.property(fc.array(fc.array(span, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), span, (spans, [start, end]) => {
      const all = spans.map((s) => entity(...s));
      const brute = all
        .map((e, i) => [Math.min(...e.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.start)), i])
        .filter(([first]) => Number.isFinite(first))
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map(([, i]) => i);
      expect(entitiesWithin(indexMentions(all), start, end)).toEqual(brute);
    }), { numRuns: 300 });
  });
});

