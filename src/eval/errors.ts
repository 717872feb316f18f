import type { EntityOutcome } from './scoreEntities.js';
import type { StatementOutcome } from './scoreStatements.js';

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
}

const SNIPPET_WIDTH = 120;
const CONTEXT = 30;

/** Long text shortened in the middle, on one line. */
export function shorten(text: string, width = SNIPPET_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= width) return flat;
  const half = Math.floor((width - 1) / 2);
  return chars.slice(0, half).join('') + '…' + chars.slice(chars.length - half).join('');
}

/** A mention in its context: "…words before [mention] words after…", code-point offsets. */
function inContext(chars: string[], start: number, end: number): string {
  const before = chars.slice(Math.max(0, start - CONTEXT), start).join('');
  const after = chars.slice(end, end + CONTEXT).join('');
  return shorten(`${start > CONTEXT ? '…' : ''}${before}[${chars.slice(start, end).join('')}]${after}${end + CONTEXT < chars.length ? '…' : ''}`);
}

/** The first place where any form of a gold entity occurs as whole words, as code points (gold entities carry no offsets). */
function findForm(text: string, forms: string[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const form of forms.filter((f) => f.trim() !== '')) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (!found) continue;
    const start = Array.from(text.slice(0, found.index)).length;
    if (!best || start < best.start) best = { start, end: start + Array.from(found[0]).length };
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
  const statementErrors: EvalError[] = [
    ...statements.missed.map((g): EvalError => ({ ...base, layer: 'statement', error: 'missed', label: g.kind, gold: g.speaker, predicted: null, start: g.start, end: g.end, snippet: shorten(g.content) })),
    ...statements.falsePositives.map((p): EvalError => ({
      ...base, layer: 'statement', error: 'false-positive', label: p.kind, gold: null, predicted: p.speaker.name, start: p.content.start, end: p.content.end, snippet: shorten(p.content.text),
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
