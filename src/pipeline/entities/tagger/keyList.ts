/** A growable list of 32-bit feature keys, reused from token to token so that features allocate nothing. */
export class KeyList {
  keys = new Uint32Array(64);
  length = 0;

  push(key: number): void {
    if (this.length === this.keys.length) {
      const grown = new Uint32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = key;
  }

  clear(): void {
    this.length = 0;
  }
}
