/**
 * Sequence labelling over the linear models: first-order Viterbi decoding, label marginals for
 * confidence, and structured-perceptron training. The score of a labelling is the sum over its
 * tokens of the token's features' weights for its label, plus a transition weight for each pair of
 * neighbouring labels (and for the first label after the start). Transitions are features too,
 * `transitionKey(previous)` with the current label as label, so they are stored, averaged and
 * saved with all the other weights.
 */
import { featureKey, seededRandom, shuffle } from './hash.js';
import { PerceptronTrainer } from './perceptron.js';
import type { WeightTable } from './weights.js';

/** The template number the transitions use; feature templates of the taggers start at 1. */
export const TRANSITION_TEMPLATE = 0;

/** The key of the transition from `previous` (−1: the start of the sequence). */
export function transitionKey(previous: number): number {
  return featureKey(TRANSITION_TEMPLATE, previous + 1);
}

/**
 * `(labels + 1) × labels` transition scores, row 0 from the start and row p + 1 from label p;
 * where `allowed` (same layout, 1 or 0) forbids a transition, its score is −Infinity.
 */
export function transitionMatrix(table: Pick<WeightTable, 'labels' | 'weight'>, allowed?: Uint8Array): Float32Array {
  const labels = table.labels;
  const matrix = new Float32Array((labels + 1) * labels);
  for (let p = -1; p < labels; p++) {
    const key = transitionKey(p);
    for (let l = 0; l < labels; l++) {
      const i = (p + 1) * labels + l;
      matrix[i] = allowed && !allowed[i] ? -Infinity : table.weight(key, l);
    }
  }
  return matrix;
}

/**
 * The best labelling of `n` tokens, into `out`. `emissions[i * labels + l]` is token i's score for
 * label l. Time n × labels²; the two work arrays are passed in so that no call allocates.
 */
export function viterbi(
  emissions: ArrayLike<number>, n: number, labels: number, transitions: Float32Array,
  out: Uint8Array | Int32Array, work: { score: Float64Array; back: Int32Array } = viterbiWork(n, labels),
): void {
  if (n === 0) return;
  const { score, back } = work;
  for (let l = 0; l < labels; l++) score[l] = transitions[l] + emissions[l];
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < labels; l++) {
      let best = -Infinity;
      let from = 0;
      for (let p = 0; p < labels; p++) {
        const s = score[(i - 1) * labels + p] + transitions[(p + 1) * labels + l];
        if (s > best) { best = s; from = p; }
      }
      score[i * labels + l] = best + emissions[i * labels + l];
      back[i * labels + l] = from;
    }
  }
  let last = 0;
  for (let l = 1; l < labels; l++) if (score[(n - 1) * labels + l] > score[(n - 1) * labels + last]) last = l;
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * labels + out[i]];
}

export function viterbiWork(n: number, labels: number): { score: Float64Array; back: Int32Array } {
  return { score: new Float64Array(Math.max(1, n) * labels), back: new Int32Array(Math.max(1, n) * labels) };
}

/**
 * The probability of each label at each token, by forward–backward over the scores divided by
 * `temperature` (as a CRF would read them). Forbidden transitions get probability 0.
 */
export function marginals(emissions: ArrayLike<number>, n: number, labels: number, transitions: Float32Array, temperature = 1): Float64Array {
  const alpha = new Float64Array(n * labels);
  const beta = new Float64Array(n * labels);
  const t = (p: number, l: number) => transitions[(p + 1) * labels + l] / temperature;
  const e = (i: number, l: number) => emissions[i * labels + l] / temperature;
  const terms = new Float64Array(labels);
  for (let l = 0; l < labels; l++) alpha[l] = t(-1, l) + e(0, l);
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < labels; l++) {
      for (let p = 0; p < labels; p++) terms[p] = alpha[(i - 1) * labels + p] + t(p, l);
      alpha[i * labels + l] = logSumExp(terms) + e(i, l);
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < labels; p++) {
      for (let l = 0; l < labels; l++) terms[l] = t(p, l) + e(i + 1, l) + beta[(i + 1) * labels + l];
      beta[i * labels + p] = logSumExp(terms);
    }
  }
  const total = logSumExp(alpha.subarray((n - 1) * labels, n * labels));
  const probability = new Float64Array(n * labels);
  for (let i = 0; i < n * labels; i++) probability[i] = Math.exp(alpha[i] + beta[i] - total);
  return probability;
}

function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i] - max);
  return max + Math.log(sum);
}

/** One training sequence: token i's feature keys are `keys[offsets[i] ... offsets[i + 1])`. */
export interface TaggedSequence {
  keys: Uint32Array;
  offsets: Uint32Array;
  gold: ArrayLike<number>;
}

export interface SequenceTraining {
  labels: number;
  epochs: number;
  seed: number;
  /** Transitions that may be taken, `(labels + 1) × labels` as in `transitionMatrix`. */
  allowed?: Uint8Array;
  /** Drop averaged weights smaller than this in size. */
  prune?: number;
  /** Called after each epoch with the weights averaged so far (to follow dev figures). */
  afterEpoch?: (epoch: number, averaged: () => WeightTable) => void;
}

/** A structured averaged perceptron: decode each sequence with the current weights, move them towards the gold labels where it erred. */
export function trainSequences(data: TaggedSequence[], options: SequenceTraining): WeightTable {
  const { labels, allowed } = options;
  const trainer = new PerceptronTrainer(labels);
  const transitionRows = Array.from({ length: labels + 1 }, (_, p) => trainer.rowFor(transitionKey(p - 1)));
  const rows = data.map((sequence) => trainer.rowsFor(sequence.keys));
  const current = { labels, weight: (key: number, label: number) => trainer.weightOf(trainer.rowFor(key), label) };
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  let emissions = new Float64Array(0);
  let predicted = new Int32Array(0);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const s of shuffle(order, random)) {
      const { offsets, gold } = data[s];
      const n = offsets.length - 1;
      if (n <= 0) continue;
      if (emissions.length < n * labels) { emissions = new Float64Array(n * labels * 2); predicted = new Int32Array(n * 2); }
      for (let i = 0; i < n; i++) trainer.score(rows[s], offsets[i], offsets[i + 1], emissions, i * labels);
      viterbi(emissions, n, labels, transitionMatrix(current, allowed), predicted);
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = predicted[i];
        if (g !== p) {
          trainer.update(rows[s], offsets[i], offsets[i + 1], g, 1);
          trainer.update(rows[s], offsets[i], offsets[i + 1], p, -1);
        }
        const gPrevious = i > 0 ? gold[i - 1] : -1;
        const pPrevious = i > 0 ? predicted[i - 1] : -1;
        if (g !== p || gPrevious !== pPrevious) {
          trainer.updateOne(transitionRows[gPrevious + 1], g, 1);
          trainer.updateOne(transitionRows[pPrevious + 1], p, -1);
        }
      }
      trainer.step++;
    }
    options.afterEpoch?.(epoch, () => trainer.averaged(options.prune ?? 0));
  }
  return trainer.averaged(options.prune ?? 0);
}

/**
 * Per label, the labels it may follow: those whose transition to it is not −Infinity, in label
 * order. BILOU forbids most steps (I and L only follow B or I of their own type), so looping over
 * these alone visits about a third of the pairs, and finds the same best one: a forbidden step
 * scores −Infinity and never wins.
 */
export interface Predecessors {
  /** The predecessors of label l are `from[start[l] ... start[l + 1])`. */
  from: Int32Array;
  start: Int32Array;
  /** The score of each of those steps, `transitions[(from + 1) × labels + l]`. */
  step: Float32Array;
}

export function predecessorsOf(transitions: Float32Array, labels: number): Predecessors {
  return allowedSteps(transitions, labels, true);
}

/** Per label p, the labels that may follow it, in label order (the same layout, for forward–backward's backward pass). */
export function successorsOf(transitions: Float32Array, labels: number): Predecessors {
  return allowedSteps(transitions, labels, false);
}

/** The allowed steps grouped by the label they go into (`into`) or come from. */
function allowedSteps(transitions: Float32Array, labels: number, into: boolean): Predecessors {
  const other: number[] = [];
  const step: number[] = [];
  const start = new Int32Array(labels + 1);
  for (let a = 0; a < labels; a++) {
    start[a] = other.length;
    for (let b = 0; b < labels; b++) {
      const score = into ? transitions[(b + 1) * labels + a] : transitions[(a + 1) * labels + b];
      if (score !== -Infinity) { other.push(b); step.push(score); }
    }
  }
  start[labels] = other.length;
  return { from: Int32Array.from(other), start, step: Float32Array.from(step) };
}

/**
 * `viterbi` where some tokens can only take label 0 (`open[i]` = 0: O, told before scoring):
 * such a token costs `labels` additions, not `labels`², and the token after it as many again.
 * The same path as `viterbi` when the closed tokens' other labels score −Infinity (or far below).
 */
export function viterbiOpen(
  emissions: ArrayLike<number>, n: number, labels: number, transitions: Float32Array, open: ArrayLike<number>,
  out: Uint8Array | Int32Array, work: { score: Float64Array; back: Int32Array } = viterbiWork(n, labels),
  predecessors: Predecessors = predecessorsOf(transitions, labels),
): void {
  viterbiOpenAt(emissions, 0, n, labels, transitions, open, out, work, predecessors);
}

/**
 * `viterbiOpen` over tokens `first ... first + n` of arrays that hold a whole article (emissions,
 * `open` and `out` alike), so that decoding sentence after sentence makes no views of them.
 * A closed token keeps only O's score: nothing after it reads another of its labels.
 */
export function viterbiOpenAt(
  emissions: ArrayLike<number>, first: number, n: number, labels: number, transitions: Float32Array, open: ArrayLike<number>,
  out: Uint8Array | Int32Array, work: { score: Float64Array; back: Int32Array }, predecessors: Predecessors,
): void {
  if (n === 0) return;
  const { score, back } = work;
  const { from: allowed, start, step } = predecessors;
  const e = first * labels;
  for (let l = 0; l < labels; l++) score[l] = transitions[l] + (open[first] || l === 0 ? emissions[e + l] : -Infinity);
  for (let i = 1; i < n; i++) {
    const at = i * labels;
    const before = (i - 1) * labels;
    const isOpen = open[first + i];
    if (!open[first + i - 1]) {
      // Only O before: every label comes from it.
      const from = score[before];
      const last = isOpen ? labels : 1;
      for (let l = 0; l < last; l++) {
        score[at + l] = from + transitions[labels + l] + emissions[e + at + l];
        back[at + l] = 0;
      }
      continue;
    }
    const last = isOpen ? labels : 1;
    for (let l = 0; l < last; l++) {
      let best = -Infinity;
      let from = 0;
      for (let k = start[l], end = start[l + 1]; k < end; k++) {
        const s = score[before + allowed[k]] + step[k];
        if (s > best) { best = s; from = allowed[k]; }
      }
      score[at + l] = best + emissions[e + at + l];
      back[at + l] = from;
    }
  }
  let last = 0;
  if (open[first + n - 1]) for (let l = 1; l < labels; l++) if (score[(n - 1) * labels + l] > score[(n - 1) * labels + last]) last = l;
  out[first + n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[first + i - 1] = back[i * labels + out[first + i]];
}
