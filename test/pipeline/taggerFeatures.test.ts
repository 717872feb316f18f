/** The tagger's fast sums (per distinct word, dense tables) against the plain sum of every feature key's weights. */
import { describe, expect, it } from 'vitest';
import { featureKey } from '../../src/model/hash.js';
import { WeightTable } from '../../src/model/weights.js';
import { CONTEXT, CONTEXT_COUNT } from '../../src/pipeline/entities/tagger/context.js';
import { DOCUMENT, DOCUMENT_COUNT, documentValues } from '../../src/pipeline/entities/tagger/documentFeatures.js';
import { taggerInput, tokenKeys } from '../../src/pipeline/entities/tagger/features.js';
import { KeyList } from '../../src/pipeline/entities/tagger/keyList.js';
import { LABELS } from '../../src/pipeline/entities/tagger/labels.js';
import { NameTagger } from '../../src/pipeline/entities/tagger/tagger.js';
import { nameable } from '../../src/pipeline/entities/tagger/gate.js';
import { tokenize } from '../../src/pipeline/tokenize.js';

const TEXT = 'KESTREL BAY, May 4 - Ana Veld of the Harbour Council said on Monday that Veld would run.\n\n"We will win," said Tom Ray in Veltrana, where the Harbour Council met 3 times.';

/** Weights for every key the article has, from a fixed generator, so that every feature counts. */
function tableFor(keys: Set<number>, seed: number): WeightTable {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
  const list = [...keys];
  return new WeightTable(LABELS, new Uint32Array(list), Float32Array.from({ length: list.length * LABELS }, next));
}

describe('tagger feature tables', () => {
  const doc = tokenize(TEXT);
  const input = taggerInput(doc);
  const n = doc.tokens.length;
  const open = nameable(doc.tokens, new Uint8Array(n));
  const words = doc.tokens.map((t) => t.text);
  /** The scores of a token no name can hold: O, and never a name's label. */
  const expectClosed = (scores: Float64Array, i: number) => {
    expect(scores[i * LABELS]).toBe(0);
    for (let l = 1; l < LABELS; l++) expect(scores[i * LABELS + l]).toBeLessThan(-1e6);
  };

  it('score only the tokens a name can hold: capitals, digits, and short words or marks beside them', () => {
    const at = (word: string, from = 0) => words.indexOf(word, from);
    for (const word of ['KESTREL', 'Ana', 'Veld', 'Harbour', '3', 'Tom']) expect(open[at(word)], word).toBe(1);
    expect(open[at('of')], '"of" between "Veld" and "the"').toBe(1);
    expect(open[at('the')], '"the" before "Harbour"').toBe(1);
    for (const word of ['would', 'times', 'where']) expect(open[at(word)], word).toBe(0);
    expect(open[at('on')], '"on" between "said" and "Monday"').toBe(1);
    expect(open[at('run')], '"run" with no capital beside it').toBe(0);
    expect(open[at('win')], '"win" with no capital beside it').toBe(0);
  });

  it('keep every context and document value below its template size', () => {
    for (let i = 0; i < n * CONTEXT_COUNT; i++) expect(input.context[i]).toBeLessThan(CONTEXT[i % CONTEXT_COUNT].size);
    const labels = new Uint8Array(n).map((_, i) => i % LABELS);
    const values = documentValues(input.rules.view, labels);
    for (let i = 0; i < n * DOCUMENT_COUNT; i++) expect(values[i]).toBeLessThan(DOCUMENT[i % DOCUMENT_COUNT].size);
  });

  it('give the first pass the same scores as summing each token\'s feature keys', () => {
    const keys = new KeyList();
    const all = new Set<number>();
    for (let i = 0; i < n; i++) { keys.clear(); tokenKeys(input, i, null, keys); for (let k = 0; k < keys.length; k++) all.add(keys.keys[k]); }
    all.add(featureKey(0, 0));
    const table = tableFor(all, 7);
    const fast = new NameTagger({ first: table, second: null }).tag(input, 1).emissions;
    const plain = new Float64Array(LABELS);
    for (let i = 0; i < n; i++) {
      keys.clear();
      tokenKeys(input, i, null, keys);
      table.score(keys.keys, 0, keys.length, plain);
      if (!open[i]) { expectClosed(fast, i); continue; }
      for (let l = 0; l < LABELS; l++) expect(fast[i * LABELS + l]).toBeCloseTo(plain[l], 3);
    }
  });

  it('give the second pass the same scores, with the first pass\'s labels as features', () => {
    const keys = new KeyList();
    const firstKeys = new Set<number>();
    for (let i = 0; i < n; i++) { keys.clear(); tokenKeys(input, i, null, keys); for (let k = 0; k < keys.length; k++) firstKeys.add(keys.keys[k]); }
    const first = tableFor(firstKeys, 3);
    const tagger1 = new NameTagger({ first, second: null });
    const labels = tagger1.tag(input, 1).labels;
    const values = documentValues(input.rules.view, labels);
    const secondKeys = new Set<number>();
    for (let i = 0; i < n; i++) { keys.clear(); tokenKeys(input, i, values, keys); for (let k = 0; k < keys.length; k++) secondKeys.add(keys.keys[k]); }
    const second = tableFor(secondKeys, 5);
    const fast = new NameTagger({ first, second }).tag(input).emissions;
    const plain = new Float64Array(LABELS);
    for (let i = 0; i < n; i++) {
      keys.clear();
      tokenKeys(input, i, values, keys);
      second.score(keys.keys, 0, keys.length, plain);
      if (!open[i]) { expectClosed(fast, i); continue; }
      for (let l = 0; l < LABELS; l++) expect(fast[i * LABELS + l]).toBeCloseTo(plain[l], 3);
    }
  });
});
