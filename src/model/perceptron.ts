/**
 * Training an averaged perceptron over hashed features (Collins 2002; the averaging trick of
 * Daumé's thesis): besides the weights w it keeps u, the sum of every update times the step at
 * which it was made, so the average over all steps is w − u / step, with no pass over the weights
 * per step. Rows are made for feature keys as the trainer first meets them.
 */
import { WeightTable } from './weights.js';

export class PerceptronTrainer {
  readonly labels: number;
  /** Counts training instances; each update is weighted by it. Starts at 1. */
  step = 1;
  private readonly rowOf = new Map<number, number>();
  private keys = new Uint32Array(1024);
  private w: Float64Array;
  private u: Float64Array;
  private rows = 0;

  constructor(labels: number) {
    this.labels = labels;
    this.w = new Float64Array(1024 * labels);
    this.u = new Float64Array(1024 * labels);
  }

  get size(): number {
    return this.rows;
  }

  /** The row of `key`, made on first use, so that training loops work on row numbers alone. */
  rowFor(key: number): number {
    let row = this.rowOf.get(key);
    if (row === undefined) {
      row = this.rows++;
      if (row === this.keys.length) this.grow();
      this.keys[row] = key;
      this.rowOf.set(key, row);
    }
    return row;
  }

  /** Rows for each key, in place of the keys. */
  rowsFor(keys: ArrayLike<number>): Int32Array {
    const rows = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) rows[i] = this.rowFor(keys[i]);
    return rows;
  }

  /** `out[at + l]` = the current score of label l for the rows `rows[from ... to)`. */
  score(rows: ArrayLike<number>, from: number, to: number, out: Float64Array | Float32Array, at = 0): void {
    const labels = this.labels;
    for (let l = 0; l < labels; l++) out[at + l] = 0;
    for (let k = from; k < to; k++) {
      const base = rows[k] * labels;
      for (let l = 0; l < labels; l++) out[at + l] += this.w[base + l];
    }
  }

  /** The current (not averaged) weight of `label` in `row`. */
  weightOf(row: number, label: number): number {
    return this.w[row * this.labels + label];
  }

  /** Adds `delta` to the weight of `label` in each of the rows `rows[from ... to)`. */
  update(rows: ArrayLike<number>, from: number, to: number, label: number, delta: number): void {
    const scaled = delta * this.step;
    for (let k = from; k < to; k++) {
      const i = rows[k] * this.labels + label;
      this.w[i] += delta;
      this.u[i] += scaled;
    }
  }

  /** Adds `delta` to one weight (for a feature that is not in a list of rows, such as a transition). */
  updateOne(row: number, label: number, delta: number): void {
    const i = row * this.labels + label;
    this.w[i] += delta;
    this.u[i] += delta * this.step;
  }

  /**
   * The averaged weights, without the rows whose weights are all smaller than `prune` in size
   * (the others keep every label's weight; small ones are set to 0 when `prune` > 0).
   */
  averaged(prune = 0): WeightTable {
    const labels = this.labels;
    const average = new Float32Array(this.rows * labels);
    for (let i = 0; i < average.length; i++) average[i] = this.w[i] - this.u[i] / this.step;
    const kept: number[] = [];
    for (let row = 0; row < this.rows; row++) {
      let large = false;
      for (let l = 0; l < labels; l++) {
        const i = row * labels + l;
        if (Math.abs(average[i]) < prune) average[i] = 0;
        else if (average[i] !== 0) large = true;
      }
      if (large) kept.push(row);
    }
    const keys = new Uint32Array(kept.length);
    const weights = new Float32Array(kept.length * labels);
    kept.forEach((row, r) => {
      keys[r] = this.keys[row];
      weights.set(average.subarray(row * labels, row * labels + labels), r * labels);
    });
    return new WeightTable(labels, keys, weights);
  }

  private grow(): void {
    const keys = new Uint32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    for (const name of ['w', 'u'] as const) {
      const next = new Float64Array(this[name].length * 2);
      next.set(this[name]);
      this[name] = next;
    }
  }
}
