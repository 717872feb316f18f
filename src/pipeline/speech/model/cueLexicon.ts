/**
 * WordNet's verbs of communication and cognition (src/data/cueLexicon.json), looked up by a word
 * form: the form itself, or the verb it inflects by the regular rules (-s, -es, -ies, -ed, -ied,
 * -ing, a doubled consonant). Irregular forms of common cue verbs ("said", "told") are learned from
 * PolNeAR; the lexicon is for the verbs it never showed.
 */
import lexicon from '../../../data/cueLexicon.json' with { type: 'json' };
import { hashLower } from '../../../model/hash.js';
import { IntMap } from '../../../model/intSet.js';

export interface LexiconEntry {
  communication: number;
  cognition: number;
  senses: number;
  /** 32 when the most frequent sense is one of communication, 31 of cognition, else 0. */
  first: number;
}

/** FNV-1a continued by one more character. */
const extend = (h: number, code: number) => Math.imul(h ^ code, 0x01000193) >>> 0;

const byHash = new Map<number, LexiconEntry>();
const formHashes: number[] = [];
const formEntries: LexiconEntry[] = [];
for (const [lemma, [communication, cognition, senses, first]] of Object.entries(lexicon.verbs as Record<string, number[]>)) {
  if (lemma.includes(' ')) continue;
  const entry = { communication, cognition, senses, first };
  byHash.set(hashLower(lemma), entry);
  const before = formHashes.length;
  addRegularForms(lemma, formHashes);
  for (let i = before; i < formHashes.length; i++) formEntries.push(entry);
}

/** Every regular form of every verb (and a few that are not English), hashed: one look-up per token. */
export const LEXICON_FORMS = new IntMap(formHashes, formEntries);
/** The hashes of those forms. */
export const LEXICON_HASHES: readonly number[] = formHashes;

/** The entry of a form by its hash (`hashLower`). */
export function entryOfForm(hash: number): LexiconEntry | undefined {
  return LEXICON_FORMS.get(hash);
}

/**
 * The hashes (`hashLower`) of the lemma and of its regular forms: -ing and -ed on the stem (a final
 * "e" off), -d, -s and -es, the last consonant doubled before -ed and -ing, and -ies and -ied for a
 * final "y". Each hash continues the lemma's or the stem's, so no form is built as a string.
 */
function addRegularForms(lemma: string, out: number[]): void {
  const n = lemma.length;
  const whole = hashLower(lemma);
  const stem = lemma.endsWith('e') ? hashLower(lemma, 0, n - 1) : whole;
  const last = foldedAt(lemma, n - 1);
  out.push(whole, suffixed(stem, 'ing'), suffixed(stem, 'ed'), suffixed(whole, 'd'), suffixed(whole, 's'), suffixed(whole, 'es'),
    suffixed(extend(whole, last), 'ed'), suffixed(extend(whole, last), 'ing'));
  if (lemma.endsWith('y')) {
    const before = hashLower(lemma, 0, n - 1);
    out.push(suffixed(before, 'ies'), suffixed(before, 'ied'));
  }
}

/** `hash` continued by the characters of `suffix` (lower-case ASCII). */
function suffixed(hash: number, suffix: string): number {
  let h = hash;
  for (let i = 0; i < suffix.length; i++) h = extend(h, suffix.charCodeAt(i));
  return h;
}

/** The code unit `hashLower` reads for `text[i]`. */
function foldedAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return c + 32;
  return c > 127 ? text[i].toLowerCase().charCodeAt(0) : c;
}

const E = 101;
const Y = 121;

/** The lexicon entry of a word form, or null. */
export function lexiconEntry(text: string): LexiconEntry | null {
  const n = text.length;
  if (n < 3) return null;
  const whole = byHash.get(hashLower(text));
  if (whole) return whole;
  const last = lowerAt(text, n - 1);
  if (last === 115) { // -s
    if (n > 4 && lowerAt(text, n - 2) === E && lowerAt(text, n - 3) === 105) return withEnd(text, n - 3, Y) ?? null; // -ies
    return stem(text, n - 1) ?? (lowerAt(text, n - 2) === E ? stem(text, n - 2) : undefined) ?? null;
  }
  if (last === 100 && lowerAt(text, n - 2) === E && n > 4) { // -ed
    if (lowerAt(text, n - 3) === 105) return withEnd(text, n - 3, Y) ?? stem(text, n - 1) ?? null; // -ied
    return stem(text, n - 2) ?? stem(text, n - 1) ?? (lowerAt(text, n - 3) === lowerAt(text, n - 4) ? stem(text, n - 3) : undefined) ?? null;
  }
  if (n > 5 && last === 103 && lowerAt(text, n - 2) === 110 && lowerAt(text, n - 3) === 105) { // -ing
    return stem(text, n - 3) ?? withEnd(text, n - 3, E) ?? (lowerAt(text, n - 4) === lowerAt(text, n - 5) ? stem(text, n - 4) : undefined) ?? null;
  }
  return null;
}

const lowerAt = (text: string, k: number) => text.charCodeAt(k) | 32;
const stem = (text: string, k: number) => byHash.get(hashLower(text, 0, k));
const withEnd = (text: string, k: number, code: number) => byHash.get(extend(hashLower(text, 0, k), code));
