/**
 * How sure the tagger is of a name: the probability, read from its scores as a linear-chain CRF
 * would (divided by a temperature fitted on dev data), that each token of the name has the label
 * it got. Forward–backward in probabilities, rescaled per token: LABELS exponentials and
 * LABELS² multiply-adds a token, and only over sentences that hold a name.
 */
import { LABELS } from './labels.js';
import { NEVER } from './gate.js';

export class ConfidenceWork {
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private local = new Float64Array(0);
  private readonly expTransitions: Float64Array;

  constructor(transitions: Float32Array, private readonly temperature: number) {
    this.expTransitions = new Float64Array(transitions.length);
    for (let i = 0; i < transitions.length; i++) this.expTransitions[i] = Math.exp(transitions[i] / temperature);
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
    const { alpha, beta, local, expTransitions: t } = this;
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
    let sum = 0;
    for (let l = 0; l < LABELS; l++) sum += (alpha[l] = t[l] * local[l]);
    for (let l = 0; l < LABELS; l++) alpha[l] /= sum;
    for (let i = 1; i < n; i++) {
      sum = 0;
      for (let l = 0; l < LABELS; l++) {
        // A label the token cannot take (a token no name can hold takes only O) costs nothing.
        if (local[i * LABELS + l] === 0) { alpha[i * LABELS + l] = 0; continue; }
        let s = 0;
        for (let p = 0; p < LABELS; p++) s += alpha[(i - 1) * LABELS + p] * t[(p + 1) * LABELS + l];
        sum += (alpha[i * LABELS + l] = s * local[i * LABELS + l]);
      }
      for (let l = 0; l < LABELS; l++) alpha[i * LABELS + l] /= sum;
    }
    for (let l = 0; l < LABELS; l++) beta[(n - 1) * LABELS + l] = 1;
    for (let i = n - 2; i >= 0; i--) {
      sum = 0;
      for (let p = 0; p < LABELS; p++) {
        if (local[i * LABELS + p] === 0) { beta[i * LABELS + p] = 0; continue; }
        let s = 0;
        for (let l = 0; l < LABELS; l++) s += t[(p + 1) * LABELS + l] * local[(i + 1) * LABELS + l] * beta[(i + 1) * LABELS + l];
        sum += (beta[i * LABELS + p] = s);
      }
      for (let p = 0; p < LABELS; p++) beta[i * LABELS + p] /= sum;
    }
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let l = 0; l < LABELS; l++) z += alpha[i * LABELS + l] * beta[i * LABELS + l];
      const label = labels[first + i];
      out[first + i] = z > 0 ? (alpha[i * LABELS + label] * beta[i * LABELS + label]) / z : 0;
    }
  }
}
