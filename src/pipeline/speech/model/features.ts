/**
 * The feature keys of one decision (a cue, a content boundary, a speaker), collected into one
 * growing buffer so that no decision allocates: `mark()` starts a group, `add()` appends keys,
 * and a group is the range `[from, to)` of the buffer.
 */
import { featureKey } from '../../../model/hash.js';

export class FeatureBuffer {
  keys = new Uint32Array(256);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  add(template: number, a = 0, b = 0, c = 0): void {
    if (this.length === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = featureKey(template, a, b, c);
  }

  /** The keys added since `from`, copied (for training, which keeps them). */
  copy(from: number, to = this.length): Uint32Array {
    return this.keys.slice(from, to);
  }
}

/** Small integers for booleans and counts, so that features stay one key each. */
export const flag = (b: boolean): number => (b ? 1 : 0);

export function bucket(n: number): number {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 8) return 5;
  if (n <= 12) return 6;
  if (n <= 20) return 7;
  if (n <= 35) return 8;
  if (n <= 60) return 9;
  return 10;
}
