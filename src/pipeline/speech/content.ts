/** Where reported content starts and ends, and what kind it is once its bounds are known. */
import type { StatementKind } from '../../types.js';
import { isSentenceEnd, sentenceBounds, type SpeechContext } from './context.js';
import type { Draft } from './draft.js';
import { isQuoteMark } from './quotes.js';
import { isCapitalized } from './speakerMention.js';

const TRAILING = new Set(['.', ',', ';', ':', '!', '—', '–', '-']);
const DATELINE_DASHES = new Set(['–', '—', '-']);
const DATELINE_REACH = 8;

/** The sentence of token i, widened so that no quotation is cut in two. */
export function clauseBounds(ctx: SpeechContext, i: number): [number, number] {
  let [first, last] = sentenceBounds(ctx.doc, i);
  const openAtStart = ctx.quoteOf[first];
  if (openAtStart >= 0) first = Math.min(first, ctx.quotes[openAtStart].open);
  const openAtEnd = ctx.quoteOf[last];
  if (openAtEnd >= 0) {
    const q = ctx.quotes[openAtEnd];
    last = Math.max(last, q.close >= 0 ? q.close : q.last);
    // The sentence goes on after the closing mark up to its own end.
    const [, after] = sentenceBounds(ctx.doc, last);
    if (q.close >= 0 && after > last && !isSentenceEnd(ctx.doc.tokens[last - 1].text)) last = after;
  }
  return [first, last];
}

/** "Springfield, Ohio – The council is ...": a dateline before a dash is not content. */
export function skipDateline(ctx: SpeechContext, first: number, last: number): number {
  const { tokens } = ctx.doc;
  for (let k = first; k <= last && k - first <= DATELINE_REACH; k++) {
    const t = tokens[k];
    if (DATELINE_DASHES.has(t.text)) return k + 1;
    if (t.pos !== 'PROPN' && t.text !== ',' && !(t.pos === 'NOUN' && /^\p{Lu}/u.test(t.text))) return first;
  }
  return first;
}

/** Trims a leading "that" or mark and the trailing punctuation; null when nothing is left. */
export function trim(ctx: SpeechContext, first: number, last: number): [number, number] | null {
  const { tokens } = ctx.doc;
  while (first <= last && (tokens[first].text === ',' || tokens[first].text === ':' || tokens[first].type === 'tabCRLF')) first++;
  if (first <= last && tokens[first].text.toLowerCase() === 'that' && first < last) first++;
  while (last >= first && (TRAILING.has(tokens[last].text) || tokens[last].type === 'tabCRLF' || tokens[last].pos === 'SPACE')) last--;
  // A closing mark whose opening mark lies outside the content goes too.
  if (last >= first && isQuoteMark(tokens[last].text) && ctx.quoteOf[last] >= 0 && ctx.quotes[ctx.quoteOf[last]].open < first) last--;
  while (last >= first && TRAILING.has(tokens[last].text)) last--;
  return last >= first ? [first, last] : null;
}

/** A reported draft: mixed when it holds quoted words, direct when it is one whole quotation. */
export function reportedDraft(ctx: SpeechContext, first: number, last: number, rest: Omit<Draft, 'kind' | 'first' | 'last'>): Draft {
  const q = ctx.quoteOf[first];
  if (q >= 0 && ctx.quotes[q].open === first && (ctx.quotes[q].close === last || ctx.quotes[q].close === last + 1 || ctx.quotes[q].close < 0)) {
    return { kind: 'direct', first: ctx.quotes[q].first, last: ctx.quotes[q].last, ...rest };
  }
  let kind: StatementKind = 'indirect';
  for (let k = first; k <= last; k++) {
    const q = ctx.quoteOf[k];
    if (q >= 0 && speakersWords(ctx, q)) { kind = 'mixed'; break; }
  }
  return { kind, first, last, ...rest };
}

/**
 * Quoted words that could be the speaker's own: not a quoted name or title (every word
 * capitalised, "the robot “Better Idea”"), and not the words of a message the report itself
 * quotes ("a message stating “...”").
 */
function speakersWords(ctx: SpeechContext, q: number): boolean {
  const quote = ctx.quotes[q];
  const { tokens } = ctx.doc;
  const before = tokens[quote.open - 1] === undefined ? -1 : quote.open - 1;
  const beforeComma = before >= 0 && tokens[before].text === ',' ? before - 1 : before;
  if (beforeComma >= 0 && ctx.cues[beforeComma] !== null) return false;
  for (let k = quote.first; k <= quote.last; k++) {
    const t = tokens[k];
    if (t.type === 'word' && !isCapitalized(t) && !SMALL_WORDS.has(t.text)) return true;
  }
  return false;
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'a', 'an', 'for', 'in', 'on', 'to', 'at', 'vs.', 'vs']);
