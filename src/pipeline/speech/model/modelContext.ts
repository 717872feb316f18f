/** What the speech model's features read of one article, besides the rules' own context. */
import type { SpeechContext } from '../context.js';
import type { Draft } from '../draft.js';
import { TokenCounts } from './tokenCounts.js';
import { TokenKeys } from './tokenKeys.js';
import { quoteDistances } from './quoteNear.js';

export interface ModelContext {
  ctx: SpeechContext;
  keys: TokenKeys;
  counts: TokenCounts;
  /** The type of the entity each token belongs to (speakerFeatures.ts), made on first use. */
  types: () => Uint8Array;
  /** The statement the rules found at each cue token, by the cue's first token. */
  ruleAt: Map<number, Draft>;
  /** What kind of place to end a content each token is (contentCandidates.ts), -1 until asked. */
  boundaries: Int8Array;
  /** The distance to the nearest quotation mark before and after each token (quoteNear.ts), made on first use. */
  quoteNear: () => Uint8Array;
}

export function modelContext(ctx: SpeechContext, rules: Draft[]): ModelContext {
  const ruleAt = new Map<number, Draft>();
  for (const d of rules) if (d.cue && !ruleAt.has(d.cue.first)) ruleAt.set(d.cue.first, d);
  let types: Uint8Array | undefined;
  const typesOf = () => (types ??= entityTypes(ctx));
  let near: Uint8Array | undefined;
  const quoteNear = () => (near ??= quoteDistances(ctx.doc));
  return { ctx, keys: new TokenKeys(ctx.doc), counts: new TokenCounts(ctx, typesOf), types: typesOf, ruleAt, boundaries: new Int8Array(ctx.doc.tokens.length).fill(-1), quoteNear };
}

const ENTITY_TYPES = { person: 1, organization: 2, place: 3, initiative: 4 } as const;

/** The type of the entity with a mention at each token, by token index (0: none). */
function entityTypes(ctx: SpeechContext): Uint8Array {
  const { tokens } = ctx.doc;
  const out = new Uint8Array(tokens.length);
  for (const e of ctx.entities) {
    for (const mention of e.mentions) {
      for (let j = firstTokenAt(tokens, mention.start); j < tokens.length && tokens[j].end <= mention.end; j++) out[j] = ENTITY_TYPES[e.type];
    }
  }
  return out;
}

/** The first token that ends after `start`, by binary search (tokens are in text order). */
function firstTokenAt(tokens: { end: number }[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rules' statement whose cue covers token i, if any. */
export function ruleDraftAt(m: ModelContext, first: number, last: number): Draft | undefined {
  for (let k = first; k <= last; k++) {
    const d = m.ruleAt.get(k);
    if (d) return d;
  }
  return undefined;
}
