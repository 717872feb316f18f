/**
 * A set of 32-bit hashes in an open-addressed Uint32Array (0 is never a member: `hashLower` and
 * `featureKey` never give it). A JavaScript Set of numbers above 2^30 boxes each one it is asked
 * about, and a look-up per token made that the slowest step of finding cue words.
 */
export class IntSet {
  private readonly slots: Uint32Array;
  private readonly mask: number;
  readonly size: number;

  constructor(values: Iterable<number>) {
    const unique = [...new Set(Array.from(values, (v) => v >>> 0))].filter((v) => v !== 0);
    let capacity = 16;
    while (capacity < unique.length * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    this.mask = capacity - 1;
    this.size = unique.length;
    for (const v of unique) {
      let slot = v & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = v;
    }
  }

  has(value: number): boolean {
    const v = value >>> 0;
    let slot = v & this.mask;
    for (;;) {
      const found = this.slots[slot];
      if (found === v) return v !== 0;
      if (found === 0) return false;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The members, in slot order. */
  values(): Uint32Array {
    return this.slots.filter((v) => v !== 0);
  }
}

/** A map from 32-bit hashes to values, laid out as IntSet (the first value given for a key stays). */
export class IntMap<T> {
  private readonly slots: Uint32Array;
  private readonly index: Int32Array;
  private readonly values: T[] = [];
  private readonly mask: number;

  /** `keys[i]` maps to `values[i]`. */
  constructor(keys: ArrayLike<number>, values: readonly T[]) {
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity);
    this.index = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] >>> 0;
      if (k === 0) continue;
      let slot = k & this.mask;
      while (this.slots[slot] !== 0 && this.slots[slot] !== k) slot = (slot + 1) & this.mask;
      if (this.slots[slot] === k) continue;
      this.slots[slot] = k;
      this.index[slot] = this.values.length;
      this.values.push(values[i]);
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  get(key: number): T | undefined {
    const k = key >>> 0;
    let slot = k & this.mask;
    for (;;) {
      const found = this.slots[slot];
      if (found === k && k !== 0) return this.values[this.index[slot]];
      if (found === 0) return undefined;
      slot = (slot + 1) & this.mask;
    }
  }
}
