/**
 * The remembered word features must answer what wink-nlp's own would, per word and token category.
 */
import { describe, expect, it } from 'vitest';
import { rememberingFeatures, type FeatureFactory } from '../../src/pipeline/winkFeatures.js';

function countingFactory(calls: string[]): FeatureFactory {
  return () => ({
    shape: (word: string) => (calls.push(`shape ${word}`), word.replace(/[a-z]/g, 'x')),
    pos: (word: string, category: number) => (calls.push(`pos ${word} ${category}`), category === 0 ? word.length : -1),
    prefix: (word: string) => (calls.push(`prefix ${word}`), word.slice(0, 2)),
  });
}

describe('rememberingFeatures', () => {
  it('works a feature out once per word and category, and answers as the feature does', () => {
    const calls: string[] = [];
    const features = rememberingFeatures(countingFactory(calls))({});
    expect([features.shape('Veld', 0, null), features.shape('Veld', 0, null), features.shape('Veld', 1, null)]).toEqual(['Vxxx', 'Vxxx', 'Vxxx']);
    expect([features.pos('Veld', 0, null), features.pos('Veld', 1, null), features.pos('Veld', 0, null)]).toEqual([4, -1, 4]);
    // Remembered per category, whether or not the feature reads it: once for 0, once for 1.
    expect(calls).toEqual(['shape Veld', 'shape Veld', 'pos Veld 0', 'pos Veld 1']);
  });

  it('leaves the cheap features alone and builds the methods once per configuration', () => {
    const calls: string[] = [];
    const factory = rememberingFeatures(countingFactory(calls));
    const config = {};
    expect(factory(config)).toBe(factory(config));
    factory(config).prefix('Veld', 0, null);
    factory(config).prefix('Veld', 0, null);
    expect(calls).toEqual(['prefix Veld', 'prefix Veld']);
  });
});
