import functionWords from '../data/nameFunctionWords.json' with { type: 'json' };
import { keyWords } from './names.js';
import type { Counts } from './tally.js';

const SKIPPED = new Set(functionWords.words);

/** A form written as an acronym: "NRC", "E.U.". */
export function isAcronymForm(form: string): boolean {
  return /^(?:\p{Lu}\.?){2,8}$/u.test(form);
}

/** The initials of a multi-word key, function words skipped: "national aeronautics and space administration" → "nasa". */
export function initials(key: string): string | null {
  const words = keyWords(key).filter((w) => !SKIPPED.has(w));
  return words.length >= 2 ? words.map((w) => [...w][0]).join('') : null;
}

/** Which key each acronym stands for, where exactly one longer name has its initials. */
export function expandAcronyms(names: ReadonlyMap<string, { forms?: Counts }>): Map<string, string> {
  const byInitials = new Map<string, string[]>();
  for (const key of names.keys()) {
    const letters = initials(key);
    if (letters) byInitials.set(letters, [...(byInitials.get(letters) ?? []), key]);
  }
  const expanded = new Map<string, string>();
  for (const [key, record] of names) {
    if (!record.forms || ![...record.forms.keys()].some(isAcronymForm)) continue;
    const candidates = byInitials.get(key) ?? [];
    if (candidates.length === 1) expanded.set(key, candidates[0]);
  }
  return expanded;
}
