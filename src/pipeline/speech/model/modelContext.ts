/** What the speech model's features read of one article, besides the rules' own context. */
import type { SpeechContext } from '../context.js';
import type { Draft } from '../draft.js';
import { TokenKeys } from './tokenKeys.js';

export interface ModelContext {
  ctx: SpeechContext;
  keys: TokenKeys;
  /** The statement the rules found at each cue token, by the cue's first token. */
  ruleAt: Map<number, Draft>;
}

export function modelContext(ctx: SpeechContext, rules: Draft[]): ModelContext {
  const ruleAt = new Map<number, Draft>();
  for (const d of rules) if (d.cue && !ruleAt.has(d.cue.first)) ruleAt.set(d.cue.first, d);
  return { ctx, keys: new TokenKeys(ctx.doc), ruleAt };
}

/** The rules' statement whose cue covers token i, if any. */
export function ruleDraftAt(m: ModelContext, first: number, last: number): Draft | undefined {
  for (let k = first; k <= last; k++) {
    const d = m.ruleAt.get(k);
    if (d) return d;
  }
  return undefined;
}
