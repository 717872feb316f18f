/**
 * WordNet's verbs of communication and cognition (src/data/cueLexicon.json), looked up by a word
 * form: the form itself, or the verb it inflects by the regular rules (-s, -es, -ies, -ed, -ied,
 * -ing, a doubled consonant). Irregular forms of common cue verbs ("said", "told") are learned from
 * PolNeAR; the lexicon is for the verbs it never showed.
 */
import lexicon from '../../../data/cueLexicon.json' with { type: 'json' };
import { hashLower } from '../../../model/hash.js';

export interface LexiconEntry {
  communication: number;
  cognition: number;
  senses: number;
  /** 32 when the most frequent sense is one of communication, 31 of cognition, else 0. */
  first: number;
}

const byHash = new Map<number, LexiconEntry>();
/** Every regular form of every verb (and a few that are not English), hashed: one look-up per token. */
export const LEXICON_FORMS = new Set<number>();
for (const [lemma, [communication, cognition, senses, first]] of Object.entries(lexicon.verbs as Record<string, number[]>)) {
  if (lemma.includes(' ')) continue;
  byHash.set(hashLower(lemma), { communication, cognition, senses, first });
  for (const form of regularForms(lemma)) LEXICON_FORMS.add(hashLower(form));
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
  const at = (k: number) => text.charCodeAt(k) | 32;
  const stem = (k: number) => byHash.get(hashLower(text, 0, k));
  const withE = (k: number) => byHash.get(extend(hashLower(text, 0, k), E));
  const withY = (k: number) => byHash.get(extend(hashLower(text, 0, k), Y));
  const last = at(n - 1);
  if (last === 115) { // -s
    if (n > 4 && at(n - 2) === E && at(n - 3) === 105) return withY(n - 3) ?? null; // -ies
    return stem(n - 1) ?? (at(n - 2) === E ? stem(n - 2) : undefined) ?? null;
  }
  if (last === 100 && at(n - 2) === E && n > 4) { // -ed
    if (at(n - 3) === 105) return withY(n - 3) ?? stem(n - 1) ?? null; // -ied
    return stem(n - 2) ?? stem(n - 1) ?? (at(n - 3) === at(n - 4) ? stem(n - 3) : undefined) ?? null;
  }
  if (n > 5 && last === 103 && at(n - 2) === 110 && at(n - 3) === 105) { // -ing
    return stem(n - 3) ?? withE(n - 3) ?? (at(n - 4) === at(n - 5) ? stem(n - 4) : undefined) ?? null;
  }
  return null;
}
