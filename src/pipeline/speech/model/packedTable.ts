/**
 * A weight table laid out for scoring many small decisions fast: each slot of the open-addressed
 * table holds its key and its row of weights side by side, so that a feature costs one memory
 * access instead of three (key, row index, weights, each in its own array in `WeightTable`). The
 * scores are the same numbers `WeightTable.score` gives: the same weights, added in the same order
 * into a Float64Array, then times the same scale.
 */
import type { WeightTable } from '../../../model/weights.js';

export class PackedTable {
  readonly labels: number;
  private readonly keys: Uint32Array;
  private readonly weights: Float32Array;
  private readonly stride: number;
  private readonly mask: number;
  private readonly scale: number;

  constructor(table: WeightTable) {
    const labels = table.labels;
    // A power of two per slot, so that a slot never straddles two cache lines.
    let stride = 2;
    while (stride < labels + 1) stride *= 2;
    let capacity = 16;
    while (capacity < table.size * 2) capacity *= 2;
    const buffer = new ArrayBuffer(capacity * stride * 4);
    this.keys = new Uint32Array(buffer);
    this.weights = new Float32Array(buffer);
    this.labels = labels;
    this.stride = stride;
    this.mask = capacity - 1;
    this.scale = table.scale;
    for (let row = 0; row < table.size; row++) {
      const key = table.keys[row];
      let slot = key & this.mask;
      while (this.keys[slot * stride] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot * stride] = key;
      // 16-bit integers and 32-bit floats both fit a Float32 exactly.
      for (let l = 0; l < labels; l++) this.weights[slot * stride + 1 + l] = table.weights[row * labels + l];
    }
  }

  /** As `WeightTable.score`: each label's score for `keys[from ... to)` into `out[0 ... labels)`. */
  score(keys: Uint32Array, from: number, to: number, out: Float64Array): void {
    const { labels, weights } = this;
    for (let l = 0; l < labels; l++) out[l] = 0;
    for (let k = from; k < to; k++) {
      const at = this.slotOf(keys[k]);
      if (at < 0) continue;
      for (let l = 0; l < labels; l++) out[l] += weights[at + 1 + l];
    }
    if (this.scale !== 1) for (let l = 0; l < labels; l++) out[l] *= this.scale;
  }

  /** One label's score (the rankers have one label): the same as `score` into a one-element array. */
  score1(keys: Uint32Array, from: number, to: number): number {
    const { weights } = this;
    let sum = 0;
    for (let k = from; k < to; k++) {
      const at = this.slotOf(keys[k]);
      if (at >= 0) sum += weights[at + 1];
    }
    return this.scale !== 1 ? sum * this.scale : sum;
  }

  /** Where a key's slot starts (its weights follow it), or -1 for a key not in the table. */
  private slotOf(key: number): number {
    const { stride, mask } = this;
    const slots = this.keys;
    let at = (key & mask) * stride;
    let found = slots[at];
    while (found !== key && found !== 0) {
      at = (at + stride) & (mask * stride + stride - 1);
      found = slots[at];
    }
    return found === 0 ? -1 : at;
  }
}

const packed = new WeakMap<WeightTable, PackedTable>();

/** The packed layout of a table, made once per table. */
export function packedOf(table: WeightTable): PackedTable {
  let p = packed.get(table);
  if (!p) {
    p = new PackedTable(table);
    packed.set(table, p);
  }
  return p;
}
