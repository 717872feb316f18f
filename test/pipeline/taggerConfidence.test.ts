/** The tagger's confidence: forward–backward over BILOU, against the log-space marginals of the sequence module. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/model/hash.js';
import { marginals } from '../../src/model/sequence.js';
import { ConfidenceWork } from '../../src/pipeline/entities/tagger/confidence.js';
import { NEVER } from '../../src/pipeline/entities/tagger/gate.js';
import { LABELS, allowedTransitions } from '../../src/pipeline/entities/tagger/labels.js';

const random = seededRandom(3);
const allowed = allowedTransitions();
const transitions = new Float32Array((LABELS + 1) * LABELS).map((_, i) => (allowed[i] ? random() * 4 - 2 : -Infinity));
const temperature = 1.7;

/** Scores for `n` tokens, about half of them closed (O for certain, as the tagger scores them). */
function article(n: number): { emissions: Float64Array; open: Uint8Array; labels: Uint8Array } {
  const open = new Uint8Array(n).map(() => (random() < 0.5 ? 1 : 0));
  const emissions = new Float64Array(n * LABELS).map((_, k) => (open[Math.floor(k / LABELS)] ? random() * 8 - 4 : k % LABELS === 0 ? 0 : NEVER));
  const labels = new Uint8Array(n).map((_, i) => (open[i] ? Math.floor(random() * LABELS) : 0));
  return { emissions, open, labels };
}

describe('tagger confidence', () => {
  const work = new ConfidenceWork(transitions, temperature);

  it('gives each token the probability of its label that forward–backward in log space gives', () => {
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + Math.floor(random() * 15);
      const { emissions, open, labels } = article(n);
      const out = new Float64Array(n);
      work.marginals(emissions, labels, 0, n - 1, out);
      const closedAsInfinity = emissions.map((e) => (e === NEVER ? -Infinity : e));
      const p = marginals(closedAsInfinity, n, LABELS, transitions, temperature);
      for (let i = 0; i < n; i++) expect(out[i]).toBeCloseTo(p[i * LABELS + labels[i]], 9);
      for (let i = 0; i < n; i++) if (!open[i]) expect(out[i]).toBe(1);
    }
  });

  it('gives the wanted tokens the same values to the bit over the stretches that hold them as over whole sentences', () => {
    const n = 400;
    const { emissions, labels } = article(n);
    const sentences: { first: number; last: number }[] = [];
    for (let first = 0; first < n; first += 40) sentences.push({ first, last: first + 39 });
    const whole = new Float64Array(n);
    for (const s of sentences) work.marginals(emissions, labels, s.first, s.last, whole);
    const wanted = new Uint8Array(n).map(() => (random() < 0.1 ? 1 : 0));
    const some = new Float64Array(n).fill(-1);
    work.marginalsWhere(emissions, labels, sentences, wanted, some);
    let untouched = 0;
    for (let i = 0; i < n; i++) {
      if (wanted[i]) expect(some[i]).toBe(whole[i]);
      else if (some[i] === -1) untouched++;
    }
    // Stretches with no wanted token were left alone.
    expect(untouched).toBeGreaterThan(n / 4);
  });
});
