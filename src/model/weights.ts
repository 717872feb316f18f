/**
 * The weights of a linear model over hashed features: for each feature key, one weight per label.
 * Keys sit in an open-addressed table (linear probing, at most half full), pointing to rows packed
 * one after another; a row holds `labels` weights. Weights are 16-bit integers times `scale` when
 * read from a model file, 32-bit floats (scale 1) when fresh from training: scores come out the
 * same either way but for rounding.
 */

export type WeightArray = Float32Array | Int16Array;

export class WeightTable {
  readonly labels: number;
  readonly keys: Uint32Array;
  readonly weights: WeightArray;
  readonly scale: number;
  private readonly slots: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  /** `keys[r]` is the key of row r, whose weights are `weights[r * labels ...]`. */
  constructor(labels: number, keys: Uint32Array, weights: WeightArray, scale = 1) {
    if (weights.length !== keys.length * labels) {
      throw new Error(`statements: expected ${keys.length * labels} weights for ${keys.length} features of ${labels} labels, found ${weights.length}`);
    }
    this.labels = labels;
    this.keys = keys;
    this.weights = weights;
    this.scale = scale;
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity);
    this.slotRows = new Int32Array(capacity);
    for (let row = 0; row < keys.length; row++) {
      let slot = keys[row] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = keys[row];
      this.slotRows[slot] = row;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** The row of `key`, or -1 when the feature has no weights. */
  row(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const found = this.slots[slot];
      if (found === key) return this.slotRows[slot];
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The weight of `key` for `label`, 0 when it has none. */
  weight(key: number, label: number): number {
    const row = this.row(key);
    return row < 0 ? 0 : this.weights[row * this.labels + label] * this.scale;
  }

  /**
   * Writes into `out[at ... at + labels)` each label's score for the features `keys[from ... to)`.
   * The inner loop is the model's whole cost at run time: a probe and `labels` additions per feature.
   */
  score(keys: ArrayLike<number>, from: number, to: number, out: Float32Array | Float64Array, at = 0): void {
    const labels = this.labels;
    const weights = this.weights;
    for (let l = 0; l < labels; l++) out[at + l] = 0;
    for (let k = from; k < to; k++) {
      const row = this.row(keys[k]);
      if (row < 0) continue;
      const base = row * labels;
      for (let l = 0; l < labels; l++) out[at + l] += weights[base + l];
    }
    if (this.scale !== 1) for (let l = 0; l < labels; l++) out[at + l] *= this.scale;
  }

  /** The same weights as 16-bit integers and a scale, for a model file. */
  quantised(): { weights: Int16Array; scale: number } {
    let largest = 0;
    for (let i = 0; i < this.weights.length; i++) largest = Math.max(largest, Math.abs(this.weights[i] * this.scale));
    const scale = largest > 0 ? largest / 32767 : 1;
    const weights = new Int16Array(this.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = Math.round((this.weights[i] * this.scale) / scale);
    return { weights, scale };
  }
}
