import { iou, type Range } from './overlap.js';
import type { EntityOutcome } from './scoreEntities.js';
import type { StatementOutcome } from './scoreStatements.js';
import { findForm, inContext, shorten } from './snippets.js';

/** One thing the tool got wrong, with where it is in the text: what a person debugging a rule reads. */
export interface EvalError {
  corpus: string;
  article: string;
  layer: 'statement' | 'entity';
  error: 'missed' | 'false-positive' | 'wrong-speaker';
  /** Statement kind or entity type (gold's for a miss or a wrong speaker, predicted's for a false positive). */
  label: string;
  /** Gold speaker or entity name, and the predicted one. */
  gold: string | null;
  predicted: string | null;
  /** Code-point offsets of the content or first mention, when known. */
  start: number | null;
  end: number | null;
  snippet: string;
  /**
   * For a missed or false statement, the statement on the other side that overlaps it most, if any:
   * an overlap below the threshold points at a span boundary, not at a statement not found at all.
   */
  nearest?: { start: number; end: number; iou: number } | null;
}

/** The range among `others` that overlaps `range` most, or null when none overlaps. */
function nearest(range: Range, others: Range[]): EvalError['nearest'] {
  let best: EvalError['nearest'] = null;
  for (const other of others) {
    const score = iou(range, other);
    if (score > 0 && (!best || score > best.iou)) best = { start: other.start, end: other.end, iou: Math.round(score * 100) / 100 };
  }
  return best;
}

export interface ErrorContext {
  corpus: string;
  article: string;
  text: string;
}

/** Every miss, false positive and wrong speaker of one article, in text order within each layer. */
export function listErrors(where: ErrorContext, statements: StatementOutcome, entities: EntityOutcome): EvalError[] {
  const chars = Array.from(where.text);
  const base = { corpus: where.corpus, article: where.article };
  const goldRanges = [...statements.pairs.map((pair) => pair.gold), ...statements.missed];
  const predictedRanges = [...statements.pairs.map((pair) => pair.predicted.content), ...statements.falsePositives.map((p) => p.content)];
  const statementErrors: EvalError[] = [
    ...statements.missed.map((g): EvalError => ({
      ...base, layer: 'statement', error: 'missed', label: g.kind, gold: g.speaker, predicted: null, start: g.start, end: g.end, snippet: shorten(g.content),
      nearest: nearest(g, predictedRanges),
    })),
    ...statements.falsePositives.map((p): EvalError => ({
      ...base, layer: 'statement', error: 'false-positive', label: p.kind, gold: null, predicted: p.speaker.name, start: p.content.start, end: p.content.end, snippet: shorten(p.content.text),
      nearest: nearest(p.content, goldRanges),
    })),
    ...statements.pairs.filter((pair) => !pair.speaker.exact).map(({ gold: g, predicted: p }): EvalError => ({
      ...base, layer: 'statement', error: 'wrong-speaker', label: g.kind, gold: g.speaker, predicted: p.speaker.name, start: g.start, end: g.end, snippet: shorten(g.content),
    })),
  ].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const entityErrors: EvalError[] = [
    ...entities.missed.map((g): EvalError => {
      const at = findForm(where.text, [g.name, ...g.aliases]);
      return { ...base, layer: 'entity', error: 'missed', label: g.type, gold: g.name, predicted: null, start: at?.start ?? null, end: at?.end ?? null, snippet: at ? inContext(chars, at.start, at.end) : '' };
    }),
    ...entities.falsePositives.map((p): EvalError => {
      const first = p.mentions[0];
      return { ...base, layer: 'entity', error: 'false-positive', label: p.type, gold: null, predicted: p.name, start: first?.start ?? null, end: first?.end ?? null, snippet: first ? inContext(chars, first.start, first.end) : '' };
    }),
  ].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  return [...statementErrors, ...entityErrors];
}
