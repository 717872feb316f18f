/**
 * The JSON Schema (draft 2020-12) of `statements eval --format json`, for the EvalReport type in
 * ./report.ts and ./errors.ts (test/types checks that the two say the same, field by field).
 */
import { EVAL_VERSION } from './report.js';

const count = { type: 'integer', minimum: 0 } as const;
/** A ratio, null where it has nothing to divide by; rounded to 4 decimals in the JSON. */
const share = { type: ['number', 'null'], minimum: 0, maximum: 1 } as const;
const prf = { precision: share, recall: share, f1: share } as const;
const nullableOffset = { type: ['integer', 'null'], minimum: 0 } as const;

const countScore = {
  type: 'object',
  required: ['gold', 'predicted', 'matched', 'precision', 'recall', 'f1'],
  properties: { gold: count, predicted: count, matched: count, ...prf },
} as const;

const groupScore = {
  type: 'object',
  description: 'a kind: gold-side counts by the gold kind, predicted-side counts by the predicted kind',
  required: ['gold', 'predicted', 'matchedGold', 'matchedPredicted', 'precision', 'recall', 'f1', 'speakerAccuracy', 'endToEndF1'],
  properties: { gold: count, predicted: count, matchedGold: count, matchedPredicted: count, ...prf, speakerAccuracy: share, endToEndF1: share },
} as const;

const speakerTypeScore = {
  type: 'object',
  description: 'a gold speaker type: how many of its statements are found, and with the right speaker',
  required: ['gold', 'matched', 'recall', 'speakerAccuracy', 'lenientAccuracy', 'endToEndRecall'],
  properties: { gold: count, matched: count, recall: share, speakerAccuracy: share, lenientAccuracy: share, endToEndRecall: share },
} as const;

const statementScore = {
  type: 'object',
  required: ['gold', 'predicted', 'matched', 'precision', 'recall', 'f1', 'strict', 'speaker', 'endToEnd', 'endToEndLenient', 'kindAccuracy', 'byKind', 'bySpeakerType'],
  properties: {
    gold: count, predicted: count, matched: { ...count, description: 'one-to-one matches at content IoU >= thresholds.match' }, ...prf,
    strict: { type: 'object', required: ['matched', 'precision', 'recall', 'f1'], properties: { matched: count, ...prf } },
    speaker: {
      type: 'object',
      description: 'speaker accuracy over matched statements: exact (canonical name) and lenient (surname or mention)',
      required: ['pairs', 'exact', 'lenient', 'accuracy', 'lenientAccuracy'],
      properties: { pairs: count, exact: count, lenient: count, accuracy: share, lenientAccuracy: share },
    },
    endToEnd: { type: 'object', description: 'a statement found and with its exact speaker', required: ['correct', 'precision', 'recall', 'f1'], properties: { correct: count, ...prf } },
    endToEndLenient: {
      type: 'object',
      description: 'a statement found and with its speaker right leniently (surname or mention), as ../shared/tools/score.mjs counts',
      required: ['correct', 'precision', 'recall', 'f1'],
      properties: { correct: count, ...prf },
    },
    kindAccuracy: share,
    byKind: { type: 'object', additionalProperties: { $ref: '#/$defs/groupScore' } },
    bySpeakerType: { type: 'object', additionalProperties: { $ref: '#/$defs/speakerTypeScore' } },
  },
} as const;

const entityScore = {
  type: 'object',
  required: ['micro', 'byType'],
  properties: { micro: { $ref: '#/$defs/countScore' }, byType: { type: 'object', additionalProperties: { $ref: '#/$defs/countScore' } } },
} as const;

const corpusScore = {
  type: 'object',
  required: ['corpus', 'articles', 'statements', 'entities', 'scoresStatements'],
  properties: {
    corpus: { type: 'string' },
    articles: count,
    statements: { $ref: '#/$defs/statementScore' },
    entities: entityScore,
    mentions: { ...entityScore, description: 'mentions by exact span and type, where the gold has them (CoNLL, converted corpora)' },
    scoresStatements: { type: 'boolean', description: 'false when no article of the corpus has statements or entities to score (a gold of mentions alone)' },
  },
} as const;

const articleSummary = {
  type: 'object',
  required: ['corpus', 'article', 'statements', 'entities'],
  properties: {
    corpus: { type: 'string' },
    article: { type: 'string' },
    statements: {
      type: 'object',
      required: ['gold', 'predicted', 'matched', 'f1', 'speakerAccuracy'],
      properties: { gold: count, predicted: count, matched: count, f1: share, speakerAccuracy: share },
    },
    entities: { $ref: '#/$defs/countScore' },
  },
} as const;

const evalError = {
  type: 'object',
  required: ['corpus', 'article', 'layer', 'error', 'label', 'gold', 'predicted', 'start', 'end', 'snippet'],
  properties: {
    corpus: { type: 'string' },
    article: { type: 'string' },
    layer: { enum: ['statement', 'entity'] },
    error: { enum: ['missed', 'false-positive', 'wrong-speaker'] },
    label: { type: 'string', description: "statement kind or entity type (gold's for a miss or a wrong speaker, predicted's for a false positive)" },
    gold: { type: ['string', 'null'], description: 'the gold speaker or entity name' },
    predicted: { type: ['string', 'null'], description: 'the predicted speaker or entity name' },
    start: nullableOffset,
    end: nullableOffset,
    snippet: { type: 'string' },
    nearest: {
      type: ['object', 'null'],
      description: 'for a missed or false statement, the statement on the other side that overlaps it most',
      required: ['start', 'end', 'iou'],
      properties: { start: count, end: count, iou: { type: 'number', minimum: 0, maximum: 1 } },
    },
  },
} as const;

export const evalSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://statements.invalid/schema/eval/v${EVAL_VERSION}.json`,
  title: 'statements eval',
  description: 'Precision, recall and F1 against gold annotations: per corpus, in total, per article, and (with --errors) every error.',
  type: 'object',
  required: ['evalVersion', 'thresholds', 'corpora', 'total', 'articles'],
  properties: {
    evalVersion: { const: EVAL_VERSION },
    thresholds: {
      type: 'object',
      description: 'content IoU a match needs, and a strict match',
      required: ['match', 'strict'],
      properties: { match: { type: 'number' }, strict: { type: 'number' } },
    },
    corpora: { type: 'array', items: { $ref: '#/$defs/corpusScore' } },
    total: { $ref: '#/$defs/corpusScore' },
    articles: { type: 'array', items: { $ref: '#/$defs/articleSummary' } },
    errors: { type: 'array', description: 'with --errors', items: { $ref: '#/$defs/evalError' } },
  },
  $defs: { corpusScore, statementScore, groupScore, speakerTypeScore, countScore, articleSummary, evalError },
} as const;
