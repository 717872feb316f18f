import type { EvalError } from './errors.js';
import { prf, ratio, type Prf } from './metrics.js';
import type { ArticleScore } from './scoreArticle.js';
import { MATCH_THRESHOLD, STRICT_THRESHOLD } from './scoreStatements.js';
import { addInto, emptyStatementTally, type CountTally, type EntityTally, type GroupTally, type StatementTally } from './tally.js';

export const EVAL_VERSION = 1;
export const KIND_ORDER = ['direct', 'mixed', 'indirect'];
export const SPEAKER_TYPE_ORDER = ['person', 'organization', 'group', 'anonymous'];
export const ENTITY_TYPE_ORDER = ['person', 'organization', 'place', 'initiative'];

export interface GroupScore extends Prf {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPredicted: number;
  /** Exact speaker accuracy over the group's matched gold statements. */
  speakerAccuracy: number | null;
  endToEndF1: number | null;
}

export interface StatementScore extends Prf {
  gold: number;
  predicted: number;
  matched: number;
  strict: Prf & { matched: number };
  speaker: { pairs: number; exact: number; lenient: number; accuracy: number | null; lenientAccuracy: number | null };
  endToEnd: Prf & { correct: number };
  /** End to end with a lenient speaker, as ../shared/tools/score.mjs counts it. */
  endToEndLenient: Prf & { correct: number };
  kindAccuracy: number | null;
  byKind: Record<string, GroupScore>;
  bySpeakerType: Record<string, SpeakerTypeScore>;
}

export type CountScore = CountTally & Prf;

export interface EntityScore {
  micro: CountScore;
  byType: Record<string, CountScore>;
}

export interface CorpusScore {
  corpus: string;
  articles: number;
  statements: StatementScore;
  entities: EntityScore;
  /** Mentions by exact span and type (person, organization, place), where the gold has them. */
  mentions?: EntityScore;
  /** False when no article of the corpus has statements or entities to score (a gold of mentions alone). */
  scoresStatements: boolean;
}

export interface ArticleSummary {
  corpus: string;
  article: string;
  statements: { gold: number; predicted: number; matched: number; f1: number | null; speakerAccuracy: number | null };
  entities: CountScore;
}

export interface EvalReport {
  evalVersion: typeof EVAL_VERSION;
  thresholds: { match: number; strict: number };
  corpora: CorpusScore[];
  total: CorpusScore;
  articles: ArticleSummary[];
  errors?: EvalError[];
}

function groupScore(t: GroupTally): GroupScore {
  return {
    gold: t.gold, predicted: t.predicted, matchedGold: t.matchedGold, matchedPredicted: t.matchedPredicted,
    ...prf(t.matchedPredicted, t.predicted, t.matchedGold, t.gold),
    speakerAccuracy: ratio(t.speakerExact, t.matchedGold),
    endToEndF1: prf(t.endToEndPredicted, t.predicted, t.endToEndGold, t.gold).f1,
  };
}

/** A gold speaker type: how many of its statements are found, and with the right speaker. */
export interface SpeakerTypeScore {
  gold: number;
  matched: number;
  recall: number | null;
  speakerAccuracy: number | null;
  lenientAccuracy: number | null;
  endToEndRecall: number | null;
}

function speakerTypeScore(t: GroupTally): SpeakerTypeScore {
  return {
    gold: t.gold, matched: t.matchedGold, recall: ratio(t.matchedGold, t.gold),
    speakerAccuracy: ratio(t.speakerExact, t.matchedGold), lenientAccuracy: ratio(t.speakerLenient, t.matchedGold),
    endToEndRecall: ratio(t.endToEndGold, t.gold),
  };
}

/** Groups in a fixed order (known keys first, any others after), so reports line up from run to run. */
function ordered<T, S>(groups: Record<string, T>, order: string[], score: (t: T) => S): Record<string, S> {
  const keys = [...order.filter((k) => k in groups), ...Object.keys(groups).filter((k) => !order.includes(k)).sort()];
  return Object.fromEntries(keys.map((k) => [k, score(groups[k])]));
}

export function statementScore(t: StatementTally): StatementScore {
  const all = t.all;
  return {
    gold: all.gold, predicted: all.predicted, matched: all.matchedGold,
    ...prf(all.matchedPredicted, all.predicted, all.matchedGold, all.gold),
    strict: { matched: t.strictMatched, ...prf(t.strictMatchedPredicted, all.predicted, t.strictMatched, all.gold) },
    speaker: {
      pairs: t.pairs, exact: t.pairsExact, lenient: t.pairsLenient,
      accuracy: ratio(t.pairsExact, t.pairs), lenientAccuracy: ratio(t.pairsLenient, t.pairs),
    },
    endToEnd: { correct: all.endToEndGold, ...prf(all.endToEndPredicted, all.predicted, all.endToEndGold, all.gold) },
    endToEndLenient: { correct: all.endToEndLenientGold, ...prf(all.endToEndLenientPredicted, all.predicted, all.endToEndLenientGold, all.gold) },
    kindAccuracy: ratio(t.kindCorrect, all.matchedGold),
    byKind: ordered(t.byKind, KIND_ORDER, groupScore),
    bySpeakerType: ordered(t.bySpeakerType, SPEAKER_TYPE_ORDER, speakerTypeScore),
  };
}

const countScore = (t: CountTally): CountScore => ({ ...t, ...prf(t.matched, t.predicted, t.matched, t.gold) });

export function entityScore(t: EntityTally): EntityScore {
  const micro: CountTally = { gold: 0, predicted: 0, matched: 0 };
  for (const typeTally of Object.values(t.byType)) addInto(micro, typeTally);
  return { micro: countScore(micro), byType: ordered(t.byType, ENTITY_TYPE_ORDER, countScore) };
}

function corpusScore(corpus: string, scores: ArticleScore[]): CorpusScore {
  const statements = emptyStatementTally();
  const entities: EntityTally = { byType: {} };
  const mentions: EntityTally = { byType: {} };
  let withMentions = false;
  for (const score of scores) {
    addInto(statements, score.statements);
    addInto(entities, score.entities);
    if (score.mentions) { addInto(mentions, score.mentions); withMentions = true; }
  }
  const result: CorpusScore = {
    corpus, articles: scores.length, statements: statementScore(statements), entities: entityScore(entities),
    scoresStatements: scores.some((s) => s.scoresStatements),
  };
  if (withMentions) result.mentions = entityScore(mentions);
  return result;
}

/** The report: one score per corpus (in order of first appearance), the total over all, and one line per article. */
export function buildReport(scores: ArticleScore[], withErrors: boolean): EvalReport {
  const corpora = [...new Set(scores.map((s) => s.corpus))];
  const report: EvalReport = {
    evalVersion: EVAL_VERSION,
    thresholds: { match: MATCH_THRESHOLD, strict: STRICT_THRESHOLD },
    corpora: corpora.map((corpus) => corpusScore(corpus, scores.filter((s) => s.corpus === corpus))),
    total: corpusScore('total', scores),
    articles: scores.map((s) => {
      const st = statementScore(s.statements);
      return {
        corpus: s.corpus, article: s.article,
        statements: { gold: st.gold, predicted: st.predicted, matched: st.matched, f1: st.f1, speakerAccuracy: st.speaker.accuracy },
        entities: entityScore(s.entities).micro,
      };
    }),
  };
  if (withErrors) report.errors = scores.flatMap((s) => s.errors);
  return report;
}
