import { keyWords } from './names.js';
import type { Counts } from './tally.js';

/** What the merge looks at: the types a name was given, and whether the alias file named it. */
export interface NameTypes {
  types: Counts;
  canonical: string | null;
}

/**
 * Which key each key stands for, in an article or across the corpus. A shorter person name joins the one longer
 * name it is part of ("vale" and "ana vale" → "ana vale", "ana maria vale" too; "wen" → "wen lihua"), when that longer
 * name is the only candidate: with "ana vale" and "rui vale" both seen, "vale" stays apart. A name
 * the alias file gave is never merged into another, but others may join it.
 */
export function mergeNameKeys(names: ReadonlyMap<string, NameTypes>, speakers: ReadonlySet<string>): Map<string, string> {
  const byEndWord = new Map<string, string[]>();
  for (const [key, record] of names) {
    if (majority(record.types) !== 'person') continue;
    const words = keyWords(key);
    for (const end of new Set([words[0], words.at(-1)])) if (end !== undefined) byEndWord.set(end, [...(byEndWord.get(end) ?? []), key]);
  }
  const merged = new Map<string, string>();
  for (const [key, record] of names) {
    if (record.canonical !== null || !mayBePerson(key, record, speakers)) continue;
    const words = keyWords(key);
    const candidates = (byEndWord.get(words.at(-1) ?? '') ?? []).filter((other) => other !== key && isPartOf(words, keyWords(other)));
    const widest = candidates.filter((c) => !candidates.some((d) => d !== c && isPartOf(keyWords(c), keyWords(d))));
    if (widest.length === 1) merged.set(key, widest[0]);
  }
  return merged;
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
