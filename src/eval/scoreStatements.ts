import type { Statement } from '../types.js';
import type { GoldStatement } from './gold.js';
import { sameName, sameSurname } from './names.js';
import { matchSpans, overlaps } from './overlap.js';
import { emptyStatementTally, groupOf, type StatementTally } from './tally.js';

export const MATCH_THRESHOLD = 0.5;
export const STRICT_THRESHOLD = 0.8;

export interface SpeakerVerdict {
  exact: boolean;
  lenient: boolean;
}

/** What happened to each statement: matched (with the speaker verdict), missed, or predicted with no gold. */
export interface StatementOutcome {
  pairs: { gold: GoldStatement; predicted: Statement; speaker: SpeakerVerdict }[];
  missed: GoldStatement[];
  falsePositives: Statement[];
}

/** Exact: same canonical name. Lenient: also the same surname, or a speaker mention overlapping the gold one. */
export function judgeSpeaker(gold: GoldStatement, predicted: Statement): SpeakerVerdict {
  const exact = sameName(gold.speaker, predicted.speaker.name);
  const goldMention = gold.sourceStart != null && gold.sourceEnd != null ? { start: gold.sourceStart, end: gold.sourceEnd } : null;
  const { start, end } = predicted.speaker;
  const mentionOverlaps = goldMention !== null && start !== null && end !== null && overlaps(goldMention, { start, end });
  return { exact, lenient: exact || sameSurname(gold.speaker, predicted.speaker.name) || mentionOverlaps };
}

/** Scores one article's statements against its gold: one-to-one matching by content span, then speakers. */
export function scoreStatements(gold: GoldStatement[], predicted: Statement[]): { tally: StatementTally; outcome: StatementOutcome } {
  const tally = emptyStatementTally();
  const goldSpans = gold.map((s) => ({ start: s.start, end: s.end }));
  const predictedSpans = predicted.map((s) => ({ start: s.content.start, end: s.content.end }));
  const pairs = matchSpans(goldSpans, predictedSpans, MATCH_THRESHOLD);
  tally.strictMatched = matchSpans(goldSpans, predictedSpans, STRICT_THRESHOLD).length;

  const groupsOfGold = (s: GoldStatement) => [tally.all, groupOf(tally.byKind, s.kind), groupOf(tally.bySpeakerType, s.speakerType ?? 'untyped')];
  // Speaker types are counted on the gold side only: a predicted type is a different question from finding the statement.
  const groupsOfPredicted = (s: Statement) => [tally.all, groupOf(tally.byKind, s.kind)];
  for (const s of gold) for (const group of groupsOfGold(s)) group.gold++;
  for (const s of predicted) for (const group of groupsOfPredicted(s)) group.predicted++;

  const outcome: StatementOutcome = { pairs: [], missed: [], falsePositives: [] };
  for (const [g, p] of pairs) {
    const speaker = judgeSpeaker(gold[g], predicted[p]);
    outcome.pairs.push({ gold: gold[g], predicted: predicted[p], speaker });
    if (gold[g].kind === predicted[p].kind) tally.kindCorrect++;
    for (const group of groupsOfGold(gold[g])) {
      group.matchedGold++;
      if (speaker.exact) {
        group.speakerExact++;
        group.endToEndGold++;
      }
      if (speaker.lenient) group.speakerLenient++;
    }
    for (const group of groupsOfPredicted(predicted[p])) {
      group.matchedPredicted++;
      if (speaker.exact) group.endToEndPredicted++;
    }
  }
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  outcome.missed = gold.filter((_, i) => !matchedGold.has(i));
  outcome.falsePositives = predicted.filter((_, i) => !matchedPredicted.has(i));
  return { tally, outcome };
}
