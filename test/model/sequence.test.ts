import { describe, expect, it } from 'vitest';
import { featureKey } from '../../src/model/hash.js';
import { marginals, trainSequences, transitionKey, transitionMatrix, viterbi, viterbiOpen, type TaggedSequence } from '../../src/model/sequence.js';
import { seededRandom } from '../../src/model/hash.js';
import { WeightTable } from '../../src/model/weights.js';

/** Two labels, O = 0 and X = 1; weights set by hand. */
function table(rows: [number, number[]][]): WeightTable {
  return new WeightTable(2, new Uint32Array(rows.map(([key]) => key)), new Float32Array(rows.flatMap(([, w]) => w)));
}

describe('viterbi', () => {
  it('takes the labelling with the highest total, not each token its own best', () => {
    // Scores per token [O, X]: [2, 0], [0, 1], [2, 0]: alone, each token's best gives O X O.
    const emissions = new Float64Array([2, 0, 0, 1, 2, 0]);
    // With a penalty of 2 on each switch, O X O = 2 + 1 + 2 - 4 = 1 and O O O = 4.
    const t = table([[transitionKey(0), [0, -2]], [transitionKey(1), [-2, 0]]]);
    const out = new Int32Array(3);
    viterbi(emissions, 3, 2, transitionMatrix(t), out);
    expect([...out]).toEqual([0, 0, 0]);
    const free = table([]);
    viterbi(emissions, 3, 2, transitionMatrix(free), out);
    expect([...out]).toEqual([0, 1, 0]);
  });

  it('never takes a forbidden transition, even when its tokens score best', () => {
    const emissions = new Float64Array([0, 5, 0, 5]);
    const allowed = new Uint8Array([1, 0, /* start → X forbidden */ 1, 1, /* from O */ 1, 1 /* from X */]);
    const out = new Int32Array(2);
    viterbi(emissions, 2, 2, transitionMatrix(table([]), allowed), out);
    expect([...out]).toEqual([0, 1]);
  });
});

describe('viterbiOpen', () => {
  it('finds the same path as viterbi when closed tokens can only be O, and gives them O', () => {
    const labels = 5;
    const random = seededRandom(11);
    // A transition matrix with some forbidden steps, as BILOU has.
    const transitions = new Float32Array((labels + 1) * labels).map((_, i) => (i % 7 === 3 ? -Infinity : random() * 4 - 2));
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(random() * 12);
      const open = new Uint8Array(n).map(() => (random() < 0.5 ? 1 : 0));
      const emissions = new Float64Array(n * labels).map((_, i) => (open[Math.floor(i / labels)] || i % labels === 0 ? random() * 6 - 3 : -Infinity));
      const plain = new Int32Array(n);
      const fast = new Int32Array(n);
      viterbi(emissions, n, labels, transitions, plain);
      viterbiOpen(emissions, n, labels, transitions, open, fast);
      expect([...fast]).toEqual([...plain]);
      for (let i = 0; i < n; i++) if (!open[i]) expect(fast[i]).toBe(0);
    }
  });
});

describe('marginals', () => {
  it('agree with summing over every labelling by hand', () => {
    const emissions = new Float64Array([1, 0, 0, 2, 0.5, 0.5]);
    const trans = transitionMatrix(table([[transitionKey(-1), [0.3, 0]], [transitionKey(0), [0, -1]], [transitionKey(1), [0.2, 0.4]]]));
    const p = marginals(emissions, 3, 2, trans);
    const brute = new Float64Array(6);
    let z = 0;
    for (let code = 0; code < 8; code++) {
      const labels = [code & 1, (code >> 1) & 1, (code >> 2) & 1];
      let s = 0;
      labels.forEach((l, i) => { s += emissions[i * 2 + l] + trans[((i ? labels[i - 1] : -1) + 1) * 2 + l]; });
      const w = Math.exp(s);
      z += w;
      labels.forEach((l, i) => { brute[i * 2 + l] += w; });
    }
    for (let i = 0; i < 6; i++) expect(p[i]).toBeCloseTo(brute[i] / z, 10);
  });
});

describe('trainSequences', () => {
  /** Words 1..9; word 7 is always X, and so is the word right after it: only a neighbour feature tells the second. */
  function corpus(count: number, seed: number): TaggedSequence[] {
    let s = seed;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    return Array.from({ length: count }, () => {
      const words = Array.from({ length: 8 }, () => 1 + Math.floor(next() * 9));
      const gold = words.map((w, i) => (w === 7 || (i > 0 && words[i - 1] === 7) ? 1 : 0));
      const keys: number[] = [];
      const offsets = [0];
      words.forEach((w, i) => { keys.push(featureKey(1, w), featureKey(2, i > 0 ? words[i - 1] : 0)); offsets.push(keys.length); });
      return { keys: new Uint32Array(keys), offsets: new Uint32Array(offsets), gold };
    });
  }

  it('learns a pattern that needs a neighbour, and gives the same weights for the same seed', () => {
    const train = corpus(300, 1);
    const weights = trainSequences(train, { labels: 2, epochs: 5, seed: 7 });
    let right = 0;
    let all = 0;
    for (const { keys, offsets, gold } of corpus(100, 2)) {
      const n = offsets.length - 1;
      const emissions = new Float64Array(n * 2);
      for (let i = 0; i < n; i++) weights.score(keys, offsets[i], offsets[i + 1], emissions, i * 2);
      const out = new Int32Array(n);
      viterbi(emissions, n, 2, transitionMatrix(weights), out);
      for (let i = 0; i < n; i++) { all++; if (out[i] === gold[i]) right++; }
    }
    expect(right / all).toBe(1);
    const again = trainSequences(train, { labels: 2, epochs: 5, seed: 7 });
    expect([...again.keys]).toEqual([...weights.keys]);
    expect([...again.weights]).toEqual([...weights.weights]);
  });
});
