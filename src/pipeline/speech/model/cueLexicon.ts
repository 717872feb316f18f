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

const byHash = new Map<number, LexiconEntry>();
const forms: [number, LexiconEntry][] = [];
for (const [lemma, [communication, cognition, senses, first]] of Object.entries(lexicon.verbs as Record<string, number[]>)) {
  if (lemma.includes(' ')) continue;
  const entry = { communication, cognition, senses, first };
  byHash.set(hashLower(lemma), entry);
  for (const form of regularForms(lemma)) {
    forms.push([hashLower(form), entry]);
  }
}

/** Every regular form of every verb (and a few that are not English), hashed: one look-up per token. */
export const LEXICON_FORMS = new IntMap(forms);
/** The hashes of those forms. */
export const LEXICON_HASHES: readonly number[] = forms.map(([h]) => h);

/** The entry of a form by its hash (`hashLower`). */
export function entryOfForm(hash: number): LexiconEntry | undefined {
  return LEXICON_FORMS.get(hash);
}

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const last = lemma.charAt(lemma.length - 1);
  const forms = [lemma, `${stem}ing`, `${stem}ed`, `${lemma}d`, `${lemma}s`, `${lemma}es`, `${lemma}${last}ed`, `${lemma}${last}ing`];
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  return forms;
}

const E = 101;
const Y = 121;
/** FNV-1a continued by one more character. */
const extend = (h: number, code: number) => Math.imul(h ^ code, 0x01000193) >>> 0;

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
