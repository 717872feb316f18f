import { lookUpAlias, type AliasTable } from './aliases.js';
import { cleanName, foldName, splitTitle } from './names.js';

/** One name as the corpus sees it: the key shared by every article that names the same one. */
export interface NameKey {
  /** Folded name without title: "ana vale" for "Foreign Minister Ana Vale". */
  key: string;
  /** The name as written, without its title: "Ana Vale". */
  form: string;
  /** The title written in front of a person's name, if any. */
  title: string | null;
  /** The canonical name from the user's alias table, if it has one. */
  canonical: string | null;
}

/** Names recur across a corpus: their keys are kept, a bounded number per alias table. */
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<AliasTable, Map<string, Readonly<NameKey>>>();

/** The cross-article key of a name; titles are split off person names only ("Foreign Ministry" stays whole). */
export function nameKey(name: string, isPerson: boolean, aliases: AliasTable): Readonly<NameKey> {
  let cache = caches.get(aliases);
  if (!cache) caches.set(aliases, (cache = new Map()));
  const id = (isPerson ? 'p' : 'o') + name;
  let found = cache.get(id);
  if (found === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    found = computeKey(name, isPerson, aliases);
    cache.set(id, found);
  }
  return found;
}

function computeKey(name: string, isPerson: boolean, aliases: AliasTable): NameKey {
  const split = isPerson ? splitTitle(name) : { name: cleanName(name).replace(/^the\s+/i, ''), title: null };
  const canonical = lookUpAlias(aliases, name);
  if (canonical !== null) {
    const target = isPerson ? splitTitle(canonical).name : canonical;
    return { key: foldName(target), form: split.name, title: split.title, canonical };
  }
  return { key: foldName(split.name), form: split.name, title: split.title, canonical: null };
}
