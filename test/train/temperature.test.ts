import { describe, expect, it } from 'vitest';
import { fitTemperature, logLoss, TEMPERATURES, type Judged } from '../../src/train/entities/temperature.js';

/** Names whose confidence at temperature index k is `at(k)`, `right` of them right out of `count`. */
function judged(count: number, right: number, at: (k: number) => number): Judged {
  return {
    confidence: Array.from({ length: count }, () => Float64Array.from(TEMPERATURES, (_, k) => at(k))),
    right: Array.from({ length: count }, (_, i) => i < right),
  };
}

describe('the confidence temperature', () => {
  it('is tried from 1 upwards, in rising steps', () => {
    expect(TEMPERATURES[0]).toBe(1);
    for (let k = 1; k < TEMPERATURES.length; k++) expect(TEMPERATURES[k]).toBeGreaterThan(TEMPERATURES[k - 1]);
    expect(TEMPERATURES[TEMPERATURES.length - 1]).toBe(256);
  });

  it('scores a confidence by log loss: -ln p when right, -ln(1 - p) when wrong', () => {
    const names = judged(4, 3, () => 0.75);
    expect(logLoss(names, 0)).toBeCloseTo(-(3 * Math.log(0.75) + Math.log(0.25)) / 4, 10);
  });

  it('keeps a sure mistake at a finite cost', () => {
    expect(Number.isFinite(logLoss(judged(2, 1, () => 1), 0))).toBe(true);
  });

  it('chooses the temperature whose confidences match how often the names are right', () => {
    // Nine names in ten are right; the confidence falls from 1 as the temperature rises, and is 0.9 at index 12.
    const names = judged(100, 90, (k) => 1 - 0.1 * (k / 12));
    expect(fitTemperature(names)).toBe(TEMPERATURES[12]);
  });

  it('is 1 when there is nothing to judge', () => {
    expect(fitTemperature({ confidence: [], right: [] })).toBe(1);
  });
});
