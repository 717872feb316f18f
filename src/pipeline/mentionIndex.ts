/**
 * Every entity mention sorted by where it starts, so that "which entities are named in
 * this stretch of text" costs a binary search plus the mentions inside, not a pass over
 * all mentions of the article (which made 10,000 statements × 10,000 mentions slow).
 */
import type { FoundEntity } from './stages.js';

export interface MentionIndex {
  starts: number[];
  ends: number[];
  entities: number[];
}

export function indexMentions(entities: FoundEntity[]): MentionIndex {
  const all: [number, number, number][] = [];
  entities.forEach((e, entity) => { for (const m of e.mentions) all.push([m.start, m.end, entity]); });
  all.sort((a, b) => a[0] - b[0] || a[2] - b[2] || a[1] - b[1]);
  return { starts: all.map((m) => m[0]), ends: all.map((m) => m[1]), entities: all.map((m) => m[2]) };
}

/** Entities with a mention wholly inside [start, end), in order of their first mention there. */
export function entitiesWithin(index: MentionIndex, start: number, end: number): number[] {
  const found: number[] = [];
  const seen = new Set<number>();
  for (let i = firstAtOrAfter(index.starts, start); i < index.starts.length && index.starts[i] <= end; i++) {
    const entity = index.entities[i];
    if (index.ends[i] <= end && !seen.has(entity)) {
      seen.add(entity);
      found.push(entity);
    }
  }
  return found;
}

function firstAtOrAfter(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
