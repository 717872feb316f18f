/**
 * One-to-one matching of gold and predicted statements by their content. A gold content may be
 * in pieces (`frags`: a quotation interrupted by its attribution, as PolNeAR marks it), and is
 * compared as the union of its pieces (intersection over union, the independent scorer's count).
 * A predicted statement in fragments is compared whole, and, where the gold lists each piece as
 * a statement of its own (the convention of older gold), each fragment may match one of them:
 * the two conventions describe the same words, and neither is counted as an error.
 */
import type { Range } from './overlap.js';

export interface GoldPieces {
  pieces: [number, number][];
}

export interface PredictedPieces extends Range {
  fragments?: Range[];
}

/** [gold index, predicted index, overlap] for every match, in gold order. */
export type StatementMatch = [number, number, number];

/** Intersection over union of a span with the union of the gold's pieces. */
export function overlapWithPieces(pieces: [number, number][], start: number, end: number): number {
  let inter = 0;
  let length = 0;
  for (const [s, e] of pieces) {
    length += e - s;
    inter += Math.max(0, Math.min(e, end) - Math.max(s, start));
  }
  const union = length + (end - start) - inter;
  return union > 0 ? inter / union : 0;
}

export function matchStatements(gold: GoldPieces[], predicted: PredictedPieces[], threshold: number): StatementMatch[] {
  // A unit is a predicted statement whole (-1) or one of its fragments.
  const candidates: { g: number; p: number; unit: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    const lo = g.pieces[0]?.[0] ?? 0;
    const hi = g.pieces[g.pieces.length - 1]?.[1] ?? 0;
    predicted.forEach((p, pi) => {
      if (p.end <= lo || p.start >= hi) return;
      const whole = overlapWithPieces(g.pieces, p.start, p.end);
      if (whole >= threshold && whole > 0) candidates.push({ g: gi, p: pi, unit: -1, score: whole });
      p.fragments?.forEach((f, fi) => {
        const score = overlapWithPieces(g.pieces, f.start, f.end);
        if (score >= threshold && score > whole) candidates.push({ g: gi, p: pi, unit: fi, score });
      });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p || a.unit - b.unit);
  const usedGold = new Set<number>();
  /** For each predicted statement: 'whole', or the fragments already matched. */
  const usedPredicted = new Map<number, 'whole' | Set<number>>();
  const out: StatementMatch[] = [];
  for (const { g, p, unit, score } of candidates) {
    if (usedGold.has(g)) continue;
    const used = usedPredicted.get(p);
    if (used === 'whole') continue;
    if (unit === -1) {
      if (used) continue;
      usedPredicted.set(p, 'whole');
    } else {
      if (used?.has(unit)) continue;
      if (used) used.add(unit);
      else usedPredicted.set(p, new Set([unit]));
    }
    usedGold.add(g);
    out.push([g, p, score]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
