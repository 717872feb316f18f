import { majority, mergeNameKeys } from './mergeNames.js';
import { foldName } from './names.js';
import { increment, type CorpusTally, type Counts, type NameRecord } from './tally.js';

/** One name after the corpus-wide merge: all the keys it absorbed, with their totals. */
export interface ResolvedName {
  key: string;
  name: string;
  type: string | null;
  types: Counts;
  forms: Counts;
  titles: Counts;
  affiliations: Counts;
  mentions: number;
  articles: number;
}

export interface ResolvedNames {
  /** The key a name was tallied under → the key it is reported under. */
  finalKey(key: string): string;
  names: Map<string, ResolvedName>;
}

/** Merges the tally's names (short person names into full ones) and picks each one's display name. */
export function resolveNames(tally: CorpusTally): ResolvedNames {
  const merged = mergeNameKeys(tally.names, new Set(tally.speakers.keys()));
  const finalKey = (key: string): string => merged.get(key) ?? key;
  const names = new Map<string, ResolvedName>();
  const own = new Map<string, Counts>();
  for (const [key, record] of tally.names) {
    const target = finalKey(key);
    const name = names.get(target) ?? emptyName(target);
    names.set(target, name);
    absorb(name, record);
    if (target === key) own.set(key, record.forms);
  }
  for (const [key, name] of names) {
    const record = tally.names.get(key);
    name.name = record?.canonical ?? majority(fullForms(key, own.get(key) ?? name.forms)) ?? key;
    name.type = majority(record && record.types.size > 0 ? record.types : name.types);
  }
  return { finalKey, names };
}

/** The forms that spell the key out ("Wen Lihua", not the "Wen" it absorbed), or all when none does. */
function fullForms(key: string, forms: Counts): Counts {
  const full = new Map([...forms].filter(([form]) => foldName(form) === key));
  return full.size > 0 ? full : forms;
}

function emptyName(key: string): ResolvedName {
  return { key, name: key, type: null, types: new Map(), forms: new Map(), titles: new Map(), affiliations: new Map(), mentions: 0, articles: 0 };
}

function absorb(name: ResolvedName, record: NameRecord): void {
  addCounts(name.forms, record.forms);
  addCounts(name.titles, record.titles);
  addCounts(name.affiliations, record.affiliations);
  addCounts(name.types, record.types);
  name.mentions += record.mentions;
  name.articles += record.articles;
}

export function addCounts(into: Counts, from: Counts): void {
  for (const [value, count] of from) increment(into, value, count);
}

/** Counts as a list, most frequent first (ties in sort order), at most `limit` of them. */
export function ranked(counts: Counts, limit = Infinity): { value: string; count: number }[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count }));
}
