/** Precision, recall and F1 from counts; null where a ratio has nothing to divide by. */
export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * P = matchedPredicted / predicted, R = matchedGold / gold, F1 their harmonic mean. The two matched
 * counts differ only in groups where gold and prediction carry their own labels (by kind). When one
 * side is empty, F1 is 0 if nothing matched, and null when there was nothing to find and nothing found.
 */
export function prf(matchedPredicted: number, predicted: number, matchedGold: number, gold: number): Prf {
  const precision = ratio(matchedPredicted, predicted);
  const recall = ratio(matchedGold, gold);
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  else if (matchedPredicted === 0 && matchedGold === 0 && predicted + gold > 0) f1 = 0;
  return { precision, recall, f1 };
}
