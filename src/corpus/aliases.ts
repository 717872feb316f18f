import { foldName, splitTitle } from './names.js';

/** A user's alias table: folded name → the canonical name to report. */
export type AliasTable = ReadonlyMap<string, string>;

export const NO_ALIASES: AliasTable = new Map();

/** Pairs of (name, canonical) as a table; a canonical name also maps to itself. */
export function buildAliasTable(pairs: Iterable<readonly [string, string]>): AliasTable {
  const table = new Map<string, string>();
  for (const [name, canonical] of pairs) {
    const target = canonical.trim();
    if (!name.trim() || !target) continue;
    table.set(foldName(name), target);
    if (!table.has(foldName(target))) table.set(foldName(target), target);
  }
  return table;
}

/** The canonical name for a name, as written or without its title, or null when the table has none. */
export function lookUpAlias(table: AliasTable, name: string): string | null {
  if (table.size === 0) return null;
  return table.get(foldName(name)) ?? table.get(foldName(splitTitle(name).name)) ?? null;
}
