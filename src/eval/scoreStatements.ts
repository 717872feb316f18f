import type { Statement } from '../types.js';
import type { GoldStatement } from './gold.js';
import { matchStatements, type GoldPieces } from './matchStatements.js';
import { lastCapitalizedWord, lastWord, sameName, sameSurname } from './names.js';
import { overlaps } from './overlap.js';
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

/**
 * Exact: same canonical name. Lenient: also the same surname, the gold's mention written the same,
 * the last capitalised word of the gold speaker ending the predicted name, or a speaker mention
 * overlapping the gold one (the rules of ../shared/tools/score.mjs).
 */
export function judgeSpeaker(gold: GoldStatement, predicted: Statement): SpeakerVerdict {
  const exact = sameName(gold.speaker, predicted.speaker.name);
  const goldMention = gold.sourceStart != null && gold.sourceEnd != null ? { start: gold.sourceStart, end: gold.sourceEnd } : null;
  const { start, end } = predicted.speaker;
  const mentionOverlaps = goldMention !== null && start !== null && end !== null && overlaps(goldMention, { start, end });
  const name = predicted.speaker.name?.trim() ? predicted.speaker.name : predicted.speaker.text;
  const capital = lastCapitalizedWord(gold.speaker);
  const lenient = exact || mentionOverlaps || sameSurname(gold.speaker, predicted.speaker.name)
    || sameName(gold.sourceText ?? null, name) || sameName(gold.speaker, name) || (capital !== '' && name !== null && capital === lastWord(name));
  return { exact, lenient };
}

/** The gold's content as pieces: its `frags` where it has them, else its one span. */
export function goldPieces(s: GoldStatement): GoldPieces {
  const pieces = s.frags?.length ? [...s.frags].sort((a, b) => a[0] - b[0]) : [[s.start, s.end] as [number, number]];
  return { pieces };
}

/**
 * Scores one article's statements against its gold: one-to-one matching by content span, then
 * speakers. Gold statements marked `speech: false` (beliefs, intentions) count on the predicted
 * side when matched, and never on the gold side: finding them is no error, missing them neither.
 */
export function scoreStatements(gold: GoldStatement[], predicted: Statement[]): { tally: StatementTally; outcome: StatementOutcome } {
  const tally = emptyStatementTally();
  const goldSpans = gold.map(goldPieces);
  // Gold that gives a content in pieces counts an interrupted quotation as one statement: compare whole statements only.
  const piecewise = !gold.some((s) => (s.frags?.length ?? 0) > 1);
  const predictedSpans = predicted.map((s) => ({ start: s.content.start, end: s.content.end, fragments: piecewise ? s.content.fragments : undefined }));
  const pairs = matchStatements(goldSpans, predictedSpans, MATCH_THRESHOLD);
  const scored = (s: GoldStatement) => s.speech !== false;
  const strict = matchStatements(goldSpans, predictedSpans, STRICT_THRESHOLD);
  tally.strictMatched = strict.filter(([g]) => scored(gold[g])).length;
  tally.strictMatchedPredicted = new Set(strict.map(([, p]) => p)).size;

  const groupsOfGold = (s: GoldStatement) => [tally.all, groupOf(tally.byKind, s.kind), groupOf(tally.bySpeakerType, s.speakerType ?? 'untyped')];
  // Speaker types are counted on the gold side only: a predicted type is a different question from finding the statement.
  const groupsOfPredicted = (s: Statement) => [tally.all, groupOf(tally.byKind, s.kind)];
  for (const s of gold) if (scored(s)) for (const group of groupsOfGold(s)) group.gold++;
  for (const s of predicted) for (const group of groupsOfPredicted(s)) group.predicted++;

  const outcome: StatementOutcome = { pairs: [], missed: [], falsePositives: [] };
  /** Per predicted statement: matched at all, and with the exact or a lenient speaker (a statement in fragments may match twice). */
  const predictedVerdicts = new Map<number, SpeakerVerdict>();
  for (const [g, p] of pairs) {
    const speaker = judgeSpeaker(gold[g], predicted[p]);
    outcome.pairs.push({ gold: gold[g], predicted: predicted[p], speaker });
    tally.pairs++;
    if (speaker.exact) tally.pairsExact++;
    if (speaker.lenient) tally.pairsLenient++;
    const known = predictedVerdicts.get(p);
    predictedVerdicts.set(p, { exact: speaker.exact || (known?.exact ?? false), lenient: speaker.lenient || (known?.lenient ?? false) });
    if (!scored(gold[g])) continue;
    if (gold[g].kind === predicted[p].kind) tally.kindCorrect++;
    for (const group of groupsOfGold(gold[g])) {
      group.matchedGold++;
      if (speaker.exact) {
        group.speakerExact++;
        group.endToEndGold++;
      }
      if (speaker.lenient) {
        group.speakerLenient++;
        group.endToEndLenientGold++;
      }
    }
  }
  for (const [p, verdict] of predictedVerdicts) {
    for (const group of groupsOfPredicted(predicted[p])) {
      group.matchedPredicted++;
      if (verdict.exact) group.endToEndPredicted++;
      if (verdict.lenient) group.endToEndLenientPredicted++;
    }
  }
  const matchedGold = new Set(pairs.map(([g]) => g));
  outcome.missed = gold.filter((s, i) => !matchedGold.has(i) && scored(s));
  outcome.falsePositives = predicted.filter((_, i) => !predictedVerdicts.has(i));
  return { tally, outcome };
}
