/**
 * Statements signed on the line after them, as press releases print them:
 *
 *   We will keep the harbour open through the winter.
 *
 *   Ann Veld, Harbour Commissioner
 *
 * A paragraph without quotation marks that no other statement touches, followed by a line that is
 * a person's name alone or with a title after a comma, is what that person said (direct, with no
 * cue). Not a byline: a reporter's title signs no statement.
 */
import { rangeOf } from '../doc.js';
import type { SpeechContext } from './context.js';
import { isSentenceEnd } from './context.js';
import type { Draft } from './draft.js';
import { words } from './lexicon.js';
import { isParagraphBreak, isQuoteMark } from './quotes.js';

/** A signature is short: a name and a title. */
const MAX_SIGNATURE_TOKENS = 16;
/** A statement worth signing runs to a sentence at least. */
const MIN_STATEMENT_WORDS = 8;
const BYLINE_WORDS = new Set(['reporter', 'correspondent', 'columnist', 'editor', 'writer', 'staff', 'contributor', 'journalist']);

export function findSignedParagraphs(ctx: SpeechContext, drafts: readonly Draft[]): Draft[] {
  const { doc } = ctx;
  const paragraphs = paragraphRanges(ctx);
  const taken = new Uint8Array(doc.tokens.length);
  for (const d of drafts) taken.fill(1, d.first, d.last + 1);
  const out: Draft[] = [];
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const [first, last] = paragraphs[p];
    const signer = signatureAt(ctx, paragraphs[p + 1]);
    if (!signer || !isStatement(ctx, first, last, taken)) continue;
    const name = rangeOf(doc, signer[0], signer[1]);
    out.push({ kind: 'direct', first, last, cue: null, speaker: { phrase: name, head: signer[1], source: name } });
  }
  return out;
}

/** Each paragraph's first and last token that is not a line break or space. */
function paragraphRanges(ctx: SpeechContext): [number, number][] {
  const { tokens } = ctx.doc;
  const out: [number, number][] = [];
  let first = -1;
  let last = -1;
  for (let k = 0; k <= tokens.length; k++) {
    if (k === tokens.length || isParagraphBreak(tokens[k])) {
      if (first >= 0) out.push([first, last]);
      first = -1;
      continue;
    }
    if (tokens[k].type === 'tabCRLF' || tokens[k].pos === 'SPACE') continue;
    if (first < 0) first = k;
    last = k;
  }
  return out;
}

/** The person's name a signature line opens with: the name alone, or a comma and a title with no verb. */
function signatureAt(ctx: SpeechContext, [first, last]: [number, number]): [number, number] | null {
  const { tokens } = ctx.doc;
  if (last - first + 1 > MAX_SIGNATURE_TOKENS) return null;
  const mention = personMentionAt(ctx, first);
  if (!mention) return null;
  if (mention[1] === last) return mention;
  if (tokens[mention[1] + 1].text !== ',') return null;
  let titled = false;
  for (let k = mention[1] + 2; k <= last; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'tabCRLF') return null;
    const lower = t.text.toLowerCase();
    if (BYLINE_WORDS.has(lower)) return null;
    titled ||= words.titleWords.has(lower);
  }
  return titled ? mention : null;
}

/** The tokens of a person entity's mention that starts at token k. */
function personMentionAt(ctx: SpeechContext, k: number): [number, number] | null {
  for (const e of ctx.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) if (m.first === k) return [m.first, m.last];
  }
  return null;
}

/** A paragraph of sentences with no quotation mark, long enough, and no word of another statement. */
function isStatement(ctx: SpeechContext, first: number, last: number, taken: Uint8Array): boolean {
  const { tokens } = ctx.doc;
  if (!isSentenceEnd(tokens[last].text)) return false;
  let wordCount = 0;
  for (let k = first; k <= last; k++) {
    if (taken[k] || isQuoteMark(tokens[k].text)) return false;
    if (tokens[k].type === 'word') wordCount++;
  }
  return wordCount >= MIN_STATEMENT_WORDS;
}
