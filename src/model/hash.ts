/**
 * Feature keys for the linear models: 32-bit integers mixed from small integer ids, never strings.
 * A feature is a template number and up to three values (a word's hash, a shape id, a rule's
 * verdict, ...); `featureKey` mixes them into one key, and the weight table looks the key up.
 * Two features that mix to the same key share a weight; with a few million features and 32 bits,
 * that happens to a handful, and costs nothing measurable.
 */

/** murmur3's 32-bit finaliser: every input bit reaches every output bit. */
function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mix(h: number, value: number): number {
  h ^= Math.imul(value | 0, 0xcc9e2d51);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The key of feature `template` with values a, b, c; never 0, which marks an empty slot. */
export function featureKey(template: number, a = 0, b = 0, c = 0): number {
  const key = finalise(mix(mix(mix(mix(0x9747b28c, template), a), b), c));
  return key === 0 ? 1 : key;
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`: a word's id without building a string. */
export function hashText(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** As `hashText`, over the text in lower case (ASCII letters folded here, others by `toLowerCase`). */
export function hashLower(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = text[i].toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** A deterministic pseudo-random generator (mulberry32), for shuffling training data with a fixed seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
