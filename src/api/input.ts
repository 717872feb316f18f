import type { ArticleInput, Problem } from '../types.js';
import type { ArticleText } from './createAnalyzer.js';

/** A problem thrown by the library; `problem` is the same record the command line prints as one line. */
export class StatementsError extends Error {
  constructor(readonly problem: Problem) {
    super(`statements: ${problem.source}: ${problem.message}`);
    this.name = 'StatementsError';
  }
}

/** An ArticleText as the pipeline reads it, or what is wrong with it (callers in plain JavaScript pass anything). */
export function toInput(value: ArticleText, where: string): { ok: true; article: ArticleInput } | { ok: false; problem: Problem } {
  const candidate = (value ?? {}) as Partial<Record<keyof ArticleText, unknown>>;
  const wrong = (message: string) => ({ ok: false as const, problem: { code: 'input', severity: 'error' as const, source: where, message } });
  if (typeof candidate.id !== 'string') return wrong(`expected { id: string, text: string }, found id ${describe(candidate.id)}`);
  if (typeof candidate.text !== 'string') return wrong(`expected { id: string, text: string }, found text ${describe(candidate.text)}`);
  const meta = candidate.meta ?? {};
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return wrong(`expected meta to be an object, found ${describe(meta)}`);
  const source = typeof candidate.source === 'string' ? candidate.source : candidate.id;
  return { ok: true, article: { id: candidate.id, source, text: candidate.text, meta: meta as Record<string, unknown> } };
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return `of type ${Array.isArray(value) ? 'array' : typeof value}`;
}
