/** A character span, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** Intersection over union of two spans: 1 for the same span, 0 for disjoint ones. */
export function iou(a: Range, b: Range): number {
  const intersection = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? (a.start === b.start ? 1 : 0) : intersection / union;
}

export function overlaps(a: Range, b: Range): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/**
 * One-to-one matching of gold and predicted spans: every pair at or above the threshold, taken
 * greedily from the largest overlap down, each span used at most once. Returns [gold, predicted] index pairs.
 */
export function matchSpans(gold: Range[], predicted: Range[], threshold: number): [number, number][] {
  const candidates: { g: number; p: number; score: number }[] = [];
  gold.forEach((g, gi) => predicted.forEach((p, pi) => {
    const score = iou(g, p);
    if (score >= threshold && score > 0) candidates.push({ g: gi, p: pi, score });
  }));
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
