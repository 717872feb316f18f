/**
 * Templates a token always reads together (the parts of speech before it, what the rules say of
 * it and its neighbours, ...), summed once per combination of their values and kept: a token then
 * adds one row per group, not one per template. Combinations are few (a part-of-speech triple, a
 * rule label and its neighbours'), so the sums soon cover nearly every token.
 *
 * The sums change no score, not even in the last bit: every dense weight is a 32-bit float (a
 * whole multiple of the model's scale, for a model file), and a few dozen of those add up exactly
 * in 64 bits, in any order and any grouping.
 */
import type { Template } from './context.js';
import { LABELS } from './labels.js';

/** One pass's weights: the row of template t's value v starts at `(base[first + t] + v) × LABELS` of `dense`. */
export interface PassRows {
  dense: Float32Array;
  base: Int32Array;
  first: number;
}

/** A group's joint value must stay a 31-bit integer. */
const LARGEST_JOINT = 2 ** 31 - 2;
/**
 * Entries kept across articles; more, and the next article starts them again. News keeps adding
 * combinations slowly (about 12,000 over PolNeAR's 840 training articles), so a long run reaches
 * the cap: at 2^14 the context sums hold at most 4.5 MB (two passes of 17 labels in 64 bits).
 */
export const KEPT_ENTRIES = 1 << 14;

class Group {
  keys = new Int32Array(64);
  entries = new Int32Array(64);
  count = 0;

  constructor(readonly members: Int32Array, readonly sizes: Int32Array) {}

  clear(): void {
    this.keys = new Int32Array(64);
    this.entries = new Int32Array(64);
    this.count = 0;
  }
}

export class JointSums {
  /** Groups per token. */
  readonly width: number;
  /** Floats per entry: LABELS per pass. */
  readonly stride: number;
  sums: Float64Array;
  private size = 0;
  private readonly groups: Group[];

  /** `groups` lists template ids read together; a template in none is a group of its own. */
  constructor(private readonly templates: Template[], groups: number[][], private readonly passes: PassRows[]) {
    const index = new Map(templates.map((t, i) => [t.id, i]));
    const lists = groups.map((ids) => ids.filter((id) => index.has(id)).map((id) => index.get(id)!)).filter((g) => g.length > 0);
    const grouped = new Set(lists.flat());
    templates.forEach((_, i) => { if (!grouped.has(i)) lists.push([i]); });
    this.groups = lists.map((members) => {
      const sizes = members.map((m) => templates[m].size);
      if (sizes.reduce((a, b) => a * b, 1) > LARGEST_JOINT) throw new Error(`statements: templates ${members.map((m) => templates[m].id).join(' ')} have too many joint values`);
      return new Group(Int32Array.from(members), Int32Array.from(sizes));
    });
    this.width = this.groups.length;
    this.stride = passes.length * LABELS;
    this.sums = new Float64Array(256 * this.stride);
  }

  /** Before an article of `tokens` tokens to look up: its entries stay valid until the next call. */
  reserve(tokens: number): void {
    if (this.size + tokens * this.width <= KEPT_ENTRIES) return;
    for (const g of this.groups) g.clear();
    this.size = 0;
    // An article that needed more gives its memory back.
    if (this.sums.length > KEPT_ENTRIES * this.stride) this.sums = new Float64Array(256 * this.stride);
  }

  /** The entries of token `i`'s groups, from its values `values[i × templates ...]`, into `out[i × width ...]`. */
  entriesOf(values: Uint16Array, i: number, out: Int32Array): void {
    const at = i * this.templates.length;
    for (let g = 0; g < this.width; g++) {
      const group = this.groups[g];
      const { members, sizes } = group;
      let joint = 0;
      for (let k = 0; k < members.length; k++) joint = joint * sizes[k] + values[at + members[k]];
      out[i * this.width + g] = this.entryOf(group, joint + 1, values, at);
    }
  }

  private entryOf(group: Group, key: number, values: Uint16Array, at: number): number {
    let mask = group.keys.length - 1;
    let slot = slotOf(key, mask);
    for (;;) {
      const found = group.keys[slot];
      if (found === key) return group.entries[slot];
      if (found === 0) break;
      slot = (slot + 1) & mask;
    }
    if (2 * (group.count + 1) > group.keys.length) {
      grow(group);
      mask = group.keys.length - 1;
      slot = slotOf(key, mask);
      while (group.keys[slot] !== 0) slot = (slot + 1) & mask;
    }
    const entry = this.size++;
    group.keys[slot] = key;
    group.entries[slot] = entry;
    group.count++;
    this.fill(entry, group, values, at);
    return entry;
  }

  private fill(entry: number, group: Group, values: Uint16Array, at: number): void {
    if ((entry + 1) * this.stride > this.sums.length) {
      const sums = new Float64Array(this.sums.length * 2);
      sums.set(this.sums);
      this.sums = sums;
    }
    const to = entry * this.stride;
    for (let p = 0; p < this.passes.length; p++) {
      const { dense, base, first } = this.passes[p];
      for (let l = 0; l < LABELS; l++) this.sums[to + p * LABELS + l] = 0;
      for (const m of group.members) {
        const from = (base[first + m] + values[at + m]) * LABELS;
        for (let l = 0; l < LABELS; l++) this.sums[to + p * LABELS + l] += dense[from + l];
      }
    }
  }
}

/** Twice the slots, the same keys. */
function grow(group: Group): void {
  const { keys, entries } = group;
  group.keys = new Int32Array(keys.length * 2);
  group.entries = new Int32Array(keys.length * 2);
  const mask = group.keys.length - 1;
  for (let s = 0; s < keys.length; s++) {
    if (keys[s] === 0) continue;
    let slot = slotOf(keys[s], mask);
    while (group.keys[slot] !== 0) slot = (slot + 1) & mask;
    group.keys[slot] = keys[s];
    group.entries[slot] = entries[s];
  }
}

/** Fibonacci hashing, with the high bits folded down so that the low ones the mask keeps are mixed. */
function slotOf(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}
