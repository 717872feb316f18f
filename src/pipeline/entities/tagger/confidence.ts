/**
 * How sure the tagger is of a name: the probability, read from its scores as a linear-chain CRF
 * would (divided by a temperature fitted on dev data), that each token of the name has the label
 * it got. Forward–backward in probabilities, rescaled per token: LABELS exponentials and a
 * multiply-add per step BILOU allows, a token.
 *
 * A token no name can hold (`gate.ts`) takes O for certain, so it cuts its sentence in two: the
 * rescaled forward and backward values there are exactly [1, 0, …, 0] whatever lies beyond. The
 * marginals are therefore computed only over the stretches, between two such tokens, that hold a
 * token someone reads, and they come out the same to the bit as over the whole sentence.
 */
import type { DocSentence } from '../../doc.js';
import { predecessorsOf, successorsOf, type Predecessors } from '../../../model/sequence.js';
import { LABELS } from './labels.js';
import { NEVER } from './gate.js';

export class ConfidenceWork {
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private local = new Float64Array(0);
  private readonly expTransitions: Float64Array;
  /** The steps BILOU allows, into each label and out of each. */
  private readonly into: Predecessors;
  private readonly outOf: Predecessors;
  private readonly expInto: Float64Array;
  private readonly expOutOf: Float64Array;

  constructor(transitions: Float32Array, private readonly temperature: number) {
    this.expTransitions = new Float64Array(transitions.length);
    for (let i = 0; i < transitions.length; i++) this.expTransitions[i] = Math.exp(transitions[i] / temperature);
    this.into = predecessorsOf(transitions, LABELS);
    this.outOf = successorsOf(transitions, LABELS);
    this.expInto = expSteps(this.into, temperature);
    this.expOutOf = expSteps(this.outOf, temperature);
  }

  /**
   * The marginal of each token's label, into `out[i]`, at least wherever `wanted[i]` is 1: over
   * each stretch of a sentence from one closed token (or its start) to the next (or its end) that
   * holds a wanted token. Other tokens' values are left as they were.
   */
  marginalsWhere(emissions: Float64Array, labels: ArrayLike<number>, sentences: Pick<DocSentence, 'first' | 'last'>[], wanted: Uint8Array, out: Float64Array): void {
    for (const { first, last } of sentences) {
      let from = first;
      let any = 0;
      for (let i = first; i <= last; i++) {
        any |= wanted[i];
        if (i === last || (i > from && emissions[i * LABELS + 1] === NEVER)) {
          if (any) this.marginals(emissions, labels, from, i, out);
          from = i;
          any = 0;
        }
      }
    }
  }

  /**
   * The marginal probability of `labels[i]` at each token i of `[first, last]` (inclusive), into
   * `out[i]`, from the emissions of those tokens (LABELS per token, token 0 of the document first).
   */
  marginals(emissions: Float64Array, labels: ArrayLike<number>, first: number, last: number, out: Float64Array): void {
    const n = last - first + 1;
    if (this.alpha.length < n * LABELS) {
      this.alpha = new Float64Array(n * LABELS * 2);
      this.beta = new Float64Array(n * LABELS * 2);
      this.local = new Float64Array(n * LABELS * 2);
    }
    const { alpha, beta, local } = this;
    const T = this.temperature;
    for (let i = 0; i < n; i++) {
      const e = (first + i) * LABELS;
      // A token no name can hold (see `tagger.ts`): O for certain, with no exponentials.
      if (emissions[e + 1] === NEVER) {
        local[i * LABELS] = 1;
        for (let l = 1; l < LABELS; l++) local[i * LABELS + l] = 0;
        continue;
      }
      let max = -Infinity;
      for (let l = 0; l < LABELS; l++) if (emissions[e + l] > max) max = emissions[e + l];
      for (let l = 0; l < LABELS; l++) local[i * LABELS + l] = Math.exp((emissions[e + l] - max) / T);
    }
    this.forward(n);
    this.backward(n);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let l = 0; l < LABELS; l++) z += alpha[i * LABELS + l] * beta[i * LABELS + l];
      const label = labels[first + i];
      out[first + i] = z > 0 ? (alpha[i * LABELS + label] * beta[i * LABELS + label]) / z : 0;
    }
  }

  /** Only the allowed steps: a forbidden one adds exp(−∞) = 0, which changes no sum. */
  private forward(n: number): void {
    const { alpha, local, expTransitions: t } = this;
    const { from, start } = this.into;
    const steps = this.expInto;
    let sum = 0;
    for (let l = 0; l < LABELS; l++) sum += (alpha[l] = t[l] * local[l]);
    for (let l = 0; l < LABELS; l++) alpha[l] /= sum;
    for (let i = 1; i < n; i++) {
      sum = 0;
      const at = i * LABELS;
      const before = at - LABELS;
      for (let l = 0; l < LABELS; l++) {
        // A label the token cannot take (a token no name can hold takes only O) costs nothing.
        if (local[at + l] === 0) { alpha[at + l] = 0; continue; }
        let s = 0;
        for (let k = start[l], end = start[l + 1]; k < end; k++) s += alpha[before + from[k]] * steps[k];
        sum += (alpha[at + l] = s * local[at + l]);
      }
      for (let l = 0; l < LABELS; l++) alpha[at + l] /= sum;
    }
  }

  private backward(n: number): void {
    const { beta, local } = this;
    const { from: to, start } = this.outOf;
    const steps = this.expOutOf;
    for (let l = 0; l < LABELS; l++) beta[(n - 1) * LABELS + l] = 1;
    for (let i = n - 2; i >= 0; i--) {
      let sum = 0;
      const at = i * LABELS;
      const after = at + LABELS;
      for (let p = 0; p < LABELS; p++) {
        if (local[at + p] === 0) { beta[at + p] = 0; continue; }
        let s = 0;
        for (let k = start[p], end = start[p + 1]; k < end; k++) { const l = to[k]; s += steps[k] * local[after + l] * beta[after + l]; }
        sum += (beta[at + p] = s);
      }
      for (let p = 0; p < LABELS; p++) beta[at + p] /= sum;
    }
  }
}


/** exp(step / temperature) of each listed step, in 64 bits, as the whole matrix has them. */
const expSteps = (steps: Predecessors, temperature: number) => Float64Array.from(steps.step, (score) => Math.exp(score / temperature));
