/**
 * Block quotes printed without quotation marks: "The ministry denied the claims:" closing one
 * paragraph, and the next paragraph, with no double quotation mark of its own, is what it said.
 * The lead-in needs a cue verb with its subject; a paragraph that opens with a quotation mark is
 * left to the quotation passes.
 */
import type { SpeechContext } from './context.js';
import type { Draft } from './draft.js';
import { colonLeadIn } from './direct.js';
import { isParagraphBreak, isQuoteMark } from './quotes.js';

const SINGLE_MARKS = new Set(["'", '‘', '’']);

export function findBlockQuotes(ctx: SpeechContext): Draft[] {
  const { doc } = ctx;
  const out: Draft[] = [];
  // Each paragraph's last token is its break: look there only.
  let k = -1;
  for (const size of ctx.paragraphSizes) {
    k += size ?? 0;
    if (k < 1 || doc.tokens[k - 1].text !== ':' || !isParagraphBreak(doc.tokens[k])) continue;
    const block = paragraphAfter(ctx, k);
    if (!block) continue;
    const lead = colonLeadIn(ctx, k - 1);
    if (!lead?.cue || ctx.usedCues.has(lead.cue.first)) continue;
    for (let c = lead.cue.first; c <= lead.cue.last; c++) ctx.usedCues.add(c);
    out.push({ kind: 'direct', first: block[0], last: block[1], cue: lead.cue, speaker: lead.speaker });
  }
  return out;
}

/** The words of the paragraph after the break at k, when it holds no double quotation mark. */
function paragraphAfter(ctx: SpeechContext, k: number): [number, number] | null {
  const { doc } = ctx;
  let first = k + 1;
  while (first < doc.tokens.length && (doc.tokens[first].type === 'tabCRLF' || doc.tokens[first].pos === 'SPACE')) first++;
  if (first >= doc.tokens.length) return null;
  let last = first;
  for (let m = first; m < doc.tokens.length && !isParagraphBreak(doc.tokens[m]); m++) {
    const t = doc.tokens[m];
    if (isQuoteMark(t.text) && !SINGLE_MARKS.has(t.text)) return null;
    if (t.type !== 'tabCRLF' && t.pos !== 'SPACE') last = m;
  }
  return last > first ? [first, last] : null;
}
