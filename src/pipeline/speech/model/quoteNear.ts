/**
 * How far the nearest quotation mark lies before and after every token, on the token's own line:
 * one pass over the article instead of a walk of a dozen tokens from every cue candidate.
 */
import type { Doc } from '../../doc.js';
import { isQuoteMark } from '../quotes.js';
import { bucket } from './features.js';

/** Marks further than this many tokens away do not count. */
export const QUOTE_REACH = 12;

/**
 * For token i, `[2i]` is the bucketed distance to the nearest mark before it and `[2i + 1]` after
 * it, 0 when a line break comes first or no mark lies within reach.
 */
export function quoteDistances(doc: Doc): Uint8Array {
  const { tokens } = doc;
  const n = tokens.length;
  const out = new Uint8Array(2 * n);
  const mark = new Uint8Array(n);
  for (let i = 0; i < n; i++) mark[i] = tokens[i].type === 'tabCRLF' ? 2 : isQuoteMark(tokens[i].text) ? 1 : 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (last >= 0 && mark[last] === 1 && i - last <= QUOTE_REACH) out[2 * i] = bucket(i - last);
    if (mark[i] !== 0) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (last >= 0 && mark[last] === 1 && last - i <= QUOTE_REACH) out[2 * i + 1] = bucket(last - i);
    if (mark[i] !== 0) last = i;
  }
  return out;
}
