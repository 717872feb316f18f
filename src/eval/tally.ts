/** Raw counts of one article or many; metrics are computed from the sums, so totals are micro-averages. */

/**
 * Statements of one group (a kind, a speaker type, or all). Gold-side counts go by the gold label,
 * predicted-side ones by the predicted label; speaker-type groups have no predicted side.
 */
export interface GroupTally {
  gold: number;
  predicted: number;
  /** Gold statements of the group matched at IoU ≥ 0.5. */
  matchedGold: number;
  /** Predicted statements of the group matched at IoU ≥ 0.5. */
  matchedPredicted: number;
  /** Matched gold statements of the group whose speaker is right (exact / lenient). */
  speakerExact: number;
  speakerLenient: number;
  /** Matches with the exact speaker, counted on the gold side and on the predicted side. */
  endToEndGold: number;
  endToEndPredicted: number;
  /** The same with a lenient speaker (as ../shared/tools/score.mjs counts end to end). */
  endToEndLenientGold: number;
  endToEndLenientPredicted: number;
}

export interface StatementTally {
  all: GroupTally;
  /** Matches at IoU ≥ 0.8 (a separate one-to-one matching), on the gold side and on the predicted side. */
  strictMatched: number;
  strictMatchedPredicted: number;
  /** Every matched pair, beliefs in the gold included, and those with the exact or a lenient speaker: the headline speaker accuracy. */
  pairs: number;
  pairsExact: number;
  pairsLenient: number;
  /** Matched pairs whose predicted kind equals the gold kind. */
  kindCorrect: number;
  byKind: Record<string, GroupTally>;
  bySpeakerType: Record<string, GroupTally>;
}

export interface CountTally {
  gold: number;
  predicted: number;
  matched: number;
}

export interface EntityTally {
  byType: Record<string, CountTally>;
}

export function emptyGroup(): GroupTally {
  return { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, speakerExact: 0, speakerLenient: 0, endToEndGold: 0, endToEndPredicted: 0, endToEndLenientGold: 0, endToEndLenientPredicted: 0 };
}

export function emptyStatementTally(): StatementTally {
  return { all: emptyGroup(), strictMatched: 0, strictMatchedPredicted: 0, pairs: 0, pairsExact: 0, pairsLenient: 0, kindCorrect: 0, byKind: {}, bySpeakerType: {} };
}

/** Adds every number of `from` into `into`, key by key (nested records included). */
export function addInto<T extends object>(into: T, from: T): T {
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from as Record<string, unknown>)) {
    if (typeof value === 'number') target[key] = ((target[key] as number | undefined) ?? 0) + value;
    else if (value && typeof value === 'object') target[key] = addInto((target[key] as object | undefined) ?? {}, value as object);
  }
  return into;
}

/** The group of a record for a key, created empty on first use. */
export function groupOf(groups: Record<string, GroupTally>, key: string): GroupTally {
  return (groups[key] ??= emptyGroup());
}
