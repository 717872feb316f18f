import { expandAcronyms } from './acronyms.js';
import { keyWords } from './names.js';
import type { Counts } from './tally.js';

/** What the merge looks at: the types a name was given, its written forms, and whether the alias file named it. */
export interface NameTypes {
  types: Counts;
  canonical: string | null;
  forms?: Counts;
}

/**
 * Which key each key stands for, in an article or across the corpus:
 * - a full name with words in front of it that another full name does not have is that name
 *   ("united states ana vale" → "ana vale": the words in front are a title or an organization);
 * - a shorter person name joins the one longer name it is part of ("vale" → "ana vale", "ana vale" →
 *   "ana maria vale", "wen" → "wen lihua") when that longer name is the only candidate: with "ana vale"
 *   and "rui vale" both seen, "vale" stays apart;
 * - an acronym is the one name with its initials ("NRC" → "nuclear regulatory commission").
 * A name the alias file gave is never merged into another, but others may join it.
 */
export function mergeNameKeys(names: ReadonlyMap<string, NameTypes>, speakers: ReadonlySet<string>): Map<string, string> {
  const persons = new Set([...names].filter(([, record]) => majority(record.types) === 'person').map(([key]) => key));
  const merged = new Map<string, string>();
  for (const key of persons) {
    const words = keyWords(key);
    for (let length = words.length - 1; length >= 2; length--) {
      const tail = words.slice(-length).join(' ');
      if (persons.has(tail)) {
        merged.set(key, tail);
        break;
      }
    }
  }
  const byEndWord = new Map<string, string[]>();
  for (const key of persons) {
    if (merged.has(key)) continue;
    const words = keyWords(key);
    for (const end of new Set([words[0], words.at(-1)])) if (end) byEndWord.set(end, [...(byEndWord.get(end) ?? []), key]);
  }
  for (const [key, record] of names) {
    if (merged.has(key) || !mayBePerson(key, record, speakers)) continue;
    const words = keyWords(key);
    const candidates = (byEndWord.get(words.at(-1) ?? '') ?? []).filter((other) => other !== key && isPartOf(words, keyWords(other)));
    const widest = candidates.filter((c) => !candidates.some((d) => d !== c && isPartOf(keyWords(c), keyWords(d))));
    if (widest.length === 1) merged.set(key, widest[0]);
  }
  for (const [key, target] of expandAcronyms(names)) if (!merged.has(key)) merged.set(key, target);
  for (const [key, record] of names) if (record.canonical !== null) merged.delete(key);
  return followChains(merged);
}

/** "a" → "b" → "c" becomes "a" → "c" (and a cycle, which the rules should not make, is broken). */
function followChains(merged: Map<string, string>): Map<string, string> {
  const final = new Map<string, string>();
  for (const key of merged.keys()) {
    let target = key;
    const seen = new Set<string>();
    while (merged.has(target) && !seen.has(target)) {
      seen.add(target);
      target = merged.get(target)!;
    }
    if (target !== key) final.set(key, target);
  }
  return final;
}

/** A person, or a single word that spoke (an entity stage may take a lone surname for a place). */
function mayBePerson(key: string, record: NameTypes, speakers: ReadonlySet<string>): boolean {
  if (record.types.has('person')) return true;
  const kind = majority(record.types);
  return speakers.has(key) && keyWords(key).length === 1 && kind !== 'group' && kind !== 'anonymous';
}

/**
 * Whether the words of `part` occur in `whole`, in order, ending with the same word; a single word
 * may also be the first word, since many names put the family name first ("Wen" in "Wen Lihua").
 */
export function isPartOf(part: string[], whole: string[]): boolean {
  if (part.length >= whole.length) return false;
  if (part.length === 1 && part[0] === whole[0]) return true;
  if (part.at(-1) !== whole.at(-1)) return false;
  let i = 0;
  for (const word of whole) if (word === part[i]) i++;
  return i === part.length;
}

/** The most frequent value; ties go to the longer one, then the first in sort order, so output is stable. */
export function majority(counts: Counts): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (best === null || count > bestCount || (count === bestCount && (value.length > best.length || (value.length === best.length && value < best)))) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
