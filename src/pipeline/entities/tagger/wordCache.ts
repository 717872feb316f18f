/**
 * The weights of each distinct word's own features, summed once per word, position and pass and
 * kept: a token then costs one map lookup and a few additions, not a hash and a probe per feature.
 * The sums depend on the word and the model alone, so what was read before never changes a result.
 * Bounded: an article that would not fit in what is left starts it again empty, before its first
 * word, so that no entry an article holds is ever overwritten while it is being tagged; one article
 * with more words than the bound grows it for as long as it is tagged. Memory is taken as words come.
 */
import type { WeightTable } from '../../../model/weights.js';
import { KeyList } from './keyList.js';
import { LABELS } from './labels.js';
import { SLOTS, WordValues, edgeKeys, keysOf } from './wordFeatures.js';

/** Floats per word: every slot of every pass. */
const STRIDE_PASS = SLOTS * LABELS;
/** Entries the cache starts with (the edge and a short article's words); it doubles as words come. */
const FIRST_ALLOCATION = 1 << 10;

export class WordCache {
  readonly stride: number;
  data: Float32Array;
  /** Lower-case hash of each entry's word, for the word-pair features. */
  lowerHash: Uint32Array;
  /** Entry 0 is the edge of the article. */
  private readonly entries = new Map<string, number>();
  private size = 1;
  private readonly keys = new KeyList();
  private readonly sums: Float64Array;
  private readonly values = new WordValues();

  constructor(private readonly tables: WeightTable[], private readonly capacity = 1 << 15) {
    this.stride = tables.length * STRIDE_PASS;
    this.data = new Float32Array(FIRST_ALLOCATION * this.stride);
    this.lowerHash = new Uint32Array(FIRST_ALLOCATION);
    this.sums = new Float64Array(LABELS);
    this.fill(0, null, '');
  }

  /** Before an article: room for `words` more entries (at most that many distinct words are to come). */
  reserve(words: number): void {
    if (this.size + words > this.capacity + 1) {
      this.entries.clear();
      this.size = 1;
      // An earlier article larger than the bound gives its memory back.
      if (this.lowerHash.length > this.capacity + 1) this.allocate(FIRST_ALLOCATION);
    }
    if (this.size + words > this.lowerHash.length) this.allocate(Math.max(this.size + words, Math.min(this.capacity + 1, this.lowerHash.length * 2)));
  }

  /** The entry of a word, summed on first sight; `reserve` has made room for it. */
  entry(text: string): number {
    const found = this.entries.get(text);
    if (found !== undefined) return found;
    const entry = this.size++;
    this.entries.set(text, entry);
    this.fill(entry, text, text.toLowerCase());
    return entry;
  }

  private allocate(entries: number): void {
    const data = new Float32Array(entries * this.stride);
    const lowerHash = new Uint32Array(entries);
    data.set(this.data.subarray(0, Math.min(this.size, entries) * this.stride));
    lowerHash.set(this.lowerHash.subarray(0, Math.min(this.size, entries)));
    this.data = data;
    this.lowerHash = lowerHash;
  }

  private fill(entry: number, text: string | null, lower: string): void {
    const base = entry * this.stride;
    const values = text === null ? null : this.values.read(text, lower);
    this.tables.forEach((table, pass) => {
      for (let slot = 0; slot < SLOTS; slot++) {
        this.keys.clear();
        if (values === null) edgeKeys(slot, this.keys);
        else keysOf(values, slot, this.keys);
        table.score(this.keys.keys, 0, this.keys.length, this.sums);
        const at = base + pass * STRIDE_PASS + slot * LABELS;
        for (let l = 0; l < LABELS; l++) this.data[at + l] = this.sums[l];
      }
    });
    this.lowerHash[entry] = values === null ? 0 : values.lowerHash;
  }
}
