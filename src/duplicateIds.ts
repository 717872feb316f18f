/**
 * Ids seen in a run, to warn when one comes again (two records that a join on `id` would mix up).
 * Memory must stay flat over millions of articles, so only the first MAX_TRACKED ids are kept
 * (some 100 MB at most); a repeat of an id first seen after those goes unnoticed.
 */
export const MAX_TRACKED = 1_000_000;

export class DuplicateIds {
  private readonly seen = new Set<string>();

  seenBefore(id: string): boolean {
    if (this.seen.has(id)) return true;
    if (this.seen.size < MAX_TRACKED) this.seen.add(id);
    return false;
  }
}
