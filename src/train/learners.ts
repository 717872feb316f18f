/**
 * Averaged-perceptron learners over hashed features: a classifier (one label per example) and a
 * ranker (one best candidate per example, scored by a single weight per feature).
 */
import { seededRandom, shuffle } from '../model/hash.js';
import { PerceptronTrainer } from '../model/perceptron.js';
import { WeightTable } from '../model/weights.js';
import type { CueExample, RankExample } from './speechExamples.js';

export interface LearnOptions {
  epochs: number;
  seed: number;
  /** Classifier: the share of examples whose word features are left out in each epoch. */
  dropout?: number;
  /** Ranker: a candidate this close in quality to the best one is no error. */
  tolerance?: number;
  prune?: number;
}

export function trainClassifier(examples: CueExample[], labels: number, options: LearnOptions): WeightTable {
  const trainer = new PerceptronTrainer(labels);
  const rows = examples.map((e) => trainer.rowsFor(e.keys));
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(labels);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const e = examples[i];
      const from = random() < (options.dropout ?? 0) ? e.words : 0;
      trainer.score(rows[i], from, rows[i].length, scores);
      let predicted = 0;
      for (let l = 1; l < labels; l++) if (scores[l] > scores[predicted]) predicted = l;
      if (predicted !== e.label) {
        trainer.update(rows[i], from, rows[i].length, e.label, 1);
        trainer.update(rows[i], from, rows[i].length, predicted, -1);
      }
      trainer.step++;
    }
  }
  return trainer.averaged(options.prune ?? 0);
}

export function trainRanker(examples: RankExample[], options: LearnOptions): WeightTable {
  const trainer = new PerceptronTrainer(1);
  const rows = examples.map((e) => trainer.rowsFor(e.keys));
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const score = new Float64Array(1);
  const tolerance = options.tolerance ?? 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const { offsets, quality } = examples[i];
      const n = offsets.length - 1;
      let best = 0;
      let predicted = 0;
      let predictedScore = -Infinity;
      for (let c = 0; c < n; c++) {
        if (quality[c] > quality[best]) best = c;
        trainer.score(rows[i], offsets[c], offsets[c + 1], score);
        if (score[0] > predictedScore) { predictedScore = score[0]; predicted = c; }
      }
      if (quality[predicted] < quality[best] - tolerance) {
        trainer.update(rows[i], offsets[best], offsets[best + 1], 0, 1);
        trainer.update(rows[i], offsets[predicted], offsets[predicted + 1], 0, -1);
      }
      trainer.step++;
    }
  }
  return trainer.averaged(options.prune ?? 0);
}

export interface BinaryExample {
  keys: Uint32Array;
  label: 0 | 1;
}

/**
 * Logistic regression by stochastic gradient descent (a learning rate that decays over the
 * epochs, a little L2), so that the score is a log-odds and its sigmoid a probability.
 */
export function trainLogistic(examples: BinaryExample[], options: LearnOptions & { rate?: number; l2?: number }): WeightTable {
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  const rows = examples.map((e) => Int32Array.from(e.keys, (key) => {
    let row = rowOf.get(key);
    if (row === undefined) { row = keys.length; keys.push(key); rowOf.set(key, row); }
    return row;
  }));
  const w = new Float64Array(keys.length);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const l2 = options.l2 ?? 1e-5;
  let t = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const rate = (options.rate ?? 0.1) / (1 + 0.0001 * t++);
      let z = 0;
      for (const r of rows[i]) z += w[r];
      const gradient = examples[i].label - 1 / (1 + Math.exp(-z));
      for (const r of rows[i]) w[r] += rate * (gradient - l2 * w[r]);
    }
  }
  return new WeightTable(1, Uint32Array.from(keys), Float32Array.from(w));
}
