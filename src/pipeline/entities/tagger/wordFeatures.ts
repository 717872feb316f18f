/**
 * Features of a word by itself (its form, lower case, shape, affixes, the word lists it is in),
 * seen from each of the five positions around a token (two before, itself, two after). They
 * depend on the word alone, so the tagger sums their weights once per distinct word and
 * position (`wordCache.ts`) rather than once per token.
 */
import { featureKey, hashLower, hashText } from '../../../model/hash.js';
import type { KeyList } from './keyList.js';
import { lexiconBits } from './lexicon.js';

/** Positions −2 … +2 around the token, as slots 0 … 4. */
export const SLOTS = 5;
export const CENTRE = 2;

// Template numbers of word features (1–19; 0 is the transitions').
const WORD = 1;
const LOWER = 2;
const SHAPE = 3;
const SHORT_SHAPE = 4;
const SUFFIX = 5;
const PREFIX = 6;
const LEXICON = 7;
const LENGTH = 8;
/** The word beyond the edge of the article. */
const EDGE = 0x5eed;

/** What the keys of a word are made of, worked out once for all the slots it is seen from. */
export class WordValues {
  lowerHash = 0;
  shortShape = 0;
  shape = 0;
  lexicon = 0;
  length = 0;
  word = 0;
  readonly suffixes = new Uint32Array(4);
  suffixCount = 0;
  readonly prefixes = new Uint32Array(3);
  prefixCount = 0;

  /** The values of `text` (lower-cased: `lower`). */
  read(text: string, lower: string): this {
    const n = text.length;
    this.lowerHash = hashLower(text);
    this.shortShape = shapeHash(text, true);
    this.shape = shapeHash(text, false);
    this.lexicon = lexiconBits(text, lower);
    this.length = Math.min(n, 12);
    this.word = hashText(text);
    this.suffixCount = 0;
    for (let k = 1; k <= 4 && k < n; k++) this.suffixes[this.suffixCount++] = hashLower(text, n - k, n);
    this.prefixCount = 0;
    for (let k = 1; k <= 3 && k < n; k++) this.prefixes[this.prefixCount++] = hashLower(text, 0, k);
    return this;
  }
}

/**
 * The keys of a word seen from slot `slot`. The token itself gets every template; its neighbours
 * their lower case, short shape and word lists; those two away less. Without `identity` (training
 * only), the token's own form, lower case and affixes are left out.
 */
export function keysOf(v: WordValues, slot: number, out: KeyList, identity = true): void {
  if (identity || slot !== CENTRE) out.push(featureKey(LOWER, slot, v.lowerHash));
  out.push(featureKey(SHORT_SHAPE, slot, v.shortShape));
  if (slot === CENTRE - 2 || slot === CENTRE + 2) return;
  for (let bit = 0; bit < 31; bit++) if (v.lexicon & (1 << bit)) out.push(featureKey(LEXICON, slot, bit));
  if (slot !== CENTRE) return;
  out.push(featureKey(SHAPE, slot, v.shape));
  out.push(featureKey(LENGTH, slot, v.length));
  if (!identity) return;
  out.push(featureKey(WORD, slot, v.word));
  for (let k = 0; k < v.suffixCount; k++) out.push(featureKey(SUFFIX, k + 1, v.suffixes[k]));
  for (let k = 0; k < v.prefixCount; k++) out.push(featureKey(PREFIX, k + 1, v.prefixes[k]));
}

const scratch = new WordValues();

/** The keys of `text` (lower-cased: `lower`) seen from slot `slot`, as `keysOf` gives them. */
export function wordKeys(text: string, lower: string, slot: number, out: KeyList, identity = true): void {
  keysOf(scratch.read(text, lower), slot, out, identity);
}

/** The keys of the edge of the article seen from `slot`. */
export function edgeKeys(slot: number, out: KeyList): void {
  out.push(featureKey(LOWER, slot, EDGE));
}

/** The lower-case hash a bigram feature uses, the same as the LOWER template's. */
export const lowerHashOf = (text: string) => hashLower(text);

/**
 * A word's shape: each character as X (upper case), x (lower case), d (digit) or itself; the full
 * shape keeps runs up to four long ("Xxxxx" … for "London" → "Xxxx"), the short one collapses them ("Xx").
 */
function shapeHash(text: string, short: boolean): number {
  let h = 0x811c9dc5;
  let previous = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = classOf(code, text, i);
    if (c === previous) {
      run++;
      if (short || run >= 4) continue;
    } else {
      run = 0;
      previous = c;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

const UPPER = 0x10000 + 88;
const LOWER_CLASS = 0x10000 + 120;
const DIGIT = 0x10000 + 100;

function classOf(code: number, text: string, i: number): number {
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 97 && code <= 122) return LOWER_CLASS;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code < 128) return code;
  const ch = text[i];
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  if (up === low) return code;
  return ch === up ? UPPER : LOWER_CLASS;
}
