import { describe, expect, it } from 'vitest';
import { prf } from '../../src/eval/metrics.js';
import { iou, matchSpans } from '../../src/eval/overlap.js';

describe('iou', () => {
  it.each([
    [{ start: 0, end: 10 }, { start: 0, end: 10 }, 1],
    [{ start: 0, end: 10 }, { start: 0, end: 5 }, 0.5],
    [{ start: 0, end: 10 }, { start: 5, end: 15 }, 5 / 15],
    [{ start: 0, end: 10 }, { start: 10, end: 20 }, 0],
  ])('%o and %o → %d', (a, b, expected) => {
    expect(iou(a, b)).toBeCloseTo(expected, 10);
  });
});

describe('matchSpans', () => {
  it('matches one to one, taking the larger overlap first', () => {
    const gold = [{ start: 0, end: 10 }];
    const predicted = [{ start: 0, end: 6 }, { start: 0, end: 9 }];
    expect(matchSpans(gold, predicted, 0.5)).toEqual([[0, 1]]);
  });

  it('keeps a pair at exactly the threshold and drops one below it', () => {
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 0, end: 5 }], 0.5)).toEqual([[0, 0]]);
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 0, end: 5 }], 0.8)).toEqual([]);
  });

  it('gives the second predicted span to the second gold span', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const predicted = [{ start: 21, end: 30 }, { start: 1, end: 10 }];
    expect(matchSpans(gold, predicted, 0.5)).toEqual([[0, 1], [1, 0]]);
  });
});

describe('prf', () => {
  it('computes P, R and F1 from counts', () => {
    const { precision, recall, f1 } = prf(3, 4, 3, 6);
    expect(precision).toBeCloseTo(0.75);
    expect(recall).toBeCloseTo(0.5);
    expect(f1).toBeCloseTo(0.6);
  });

  it('has no precision without predictions, and F1 0 when there was something to find', () => {
    expect(prf(0, 0, 0, 5)).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('has nothing at all when there was nothing to find and nothing found', () => {
    expect(prf(0, 0, 0, 0)).toEqual({ precision: null, recall: null, f1: null });
  });

  it('leaves F1 open when the two sides count different labels and one side is empty', () => {
    expect(prf(0, 0, 2, 4).f1).toBeNull();
  });
});
