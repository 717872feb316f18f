import { describe, expect, it } from 'vitest';
import { WeightTable } from '../../src/model/weights.js';
import { KeyList } from '../../src/pipeline/entities/tagger/keyList.js';
import { LABELS } from '../../src/pipeline/entities/tagger/labels.js';
import { SLOTS, wordKeys } from '../../src/pipeline/entities/tagger/wordFeatures.js';
import { WordCache } from '../../src/pipeline/entities/tagger/wordCache.js';

const words = Array.from({ length: 40 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}${i}`);

/** A table with a weight for every feature of these words, different for each feature and label. */
function tableFor(texts: string[]): WeightTable {
  const keys = new Set<number>();
  const list = new KeyList();
  for (const text of texts) {
    for (let slot = 0; slot < SLOTS; slot++) {
      list.clear();
      wordKeys(text, text.toLowerCase(), slot, list);
      for (let k = 0; k < list.length; k++) keys.add(list.keys[k]);
    }
  }
  const sorted = Uint32Array.from([...keys]);
  const weights = Float32Array.from({ length: sorted.length * LABELS }, (_, i) => ((i * 7919) % 201) - 100);
  return new WeightTable(LABELS, sorted, weights);
}

const rowOf = (cache: WordCache, entry: number) => Array.from(cache.data.subarray(entry * cache.stride, (entry + 1) * cache.stride));

describe('the tagger word cache', () => {
  const table = tableFor(words);

  it('gives a word the same sums whatever was cached before it, across refills', () => {
    const fresh = new WordCache([table], 8);
    const expected = new Map(words.map((w) => { fresh.reserve(1); return [w, rowOf(fresh, fresh.entry(w))]; }));
    const small = new WordCache([table], 8);
    for (let start = 0; start < words.length; start += 5) {
      const article = words.slice(start, start + 5);
      small.reserve(article.length);
      const entries = article.map((w) => small.entry(w));
      // Every entry of the article still holds its own word's sums when the article ends.
      article.forEach((w, i) => expect(rowOf(small, entries[i])).toEqual(expected.get(w)));
    }
  });

  it('keeps every entry of an article larger than its bound while that article is tagged', () => {
    const cache = new WordCache([table], 8);
    cache.reserve(3);
    ['Worda0', 'Wordb1', 'Wordc2'].forEach((w) => cache.entry(w));
    cache.reserve(words.length);
    const entries = words.map((w) => cache.entry(w));
    expect(new Set(entries).size).toBe(words.length);
    const alone = new WordCache([table], 64);
    alone.reserve(words.length);
    words.forEach((w, i) => expect(rowOf(cache, entries[i])).toEqual(rowOf(alone, alone.entry(w))));
    expect(rowOf(cache, entries[0]).some((x) => x !== 0)).toBe(true);
  });
});
