/**
 * Floating quotes (the Gender Gap Tracker's term): a quotation with no attribution of its own
 * takes the speaker of the nearest statement before it in the same or the previous paragraph,
 * unless the sentence after it introduces a new person (speakerAfter.ts).
 * Without one it stays, with no speaker, when it is long enough to be speech rather than a title.
 */
import type { SpeechContext } from './context.js';
import type { Draft } from './draft.js';
import { sentenceBounds } from './context.js';
import { mainClauseSubject } from './clause.js';
import { personIntroducedAfter } from './speakerAfter.js';
import { words } from './lexicon.js';
import type { SpeakerPhrase } from './speakerMention.js';

const MIN_UNATTRIBUTED_WORDS = 8;
/** Paragraphs this short between a quote and its speaker are captions or credits, not text. */
const CAPTION_TOKENS = 30;
const MAX_PARAGRAPHS_BACK = 3;

export function attachFloating(ctx: SpeechContext, drafts: Draft[]): void {
  const ordered = [...drafts].sort((a, b) => a.first - b.first);
  const drop = new Set<Draft>();
  for (let i = 0; i < ordered.length; i++) {
    const d = ordered[i];
    if (d.speaker || d.inherits) continue;
    if (!soundsLikeSpeech(ctx, d)) { drop.add(d); continue; }
    const introduced = personIntroducedAfter(ctx, d);
    if (introduced) { d.speaker = introduced; continue; }
    const paragraph = ctx.paragraphs[d.first];
    let previous: Draft | undefined;
    for (let k = i - 1; k >= 0; k--) if (ordered[k].speaker || ordered[k].inherits) { previous = ordered[k]; break; }
    if (previous && onlyShortBetween(ctx, ctx.paragraphs[previous.last], paragraph)) d.inherits = previous;
    else {
      const author = authorBefore(ctx, d.first - 1);
      if (author) d.speaker = author;
      else if (d.last - d.first + 1 < MIN_UNATTRIBUTED_WORDS) drop.add(d);
    }
  }
  for (let i = drafts.length - 1; i >= 0; i--) if (drop.has(drafts[i])) drafts.splice(i, 1);
}

const SENTENCE_END = new Set(['.', '!', '?', ',', '…']);
const LONG_QUOTE_WORDS = 12;

/** Unattributed quoted words count as speech when they end like a sentence or run long; titles do neither. */
function soundsLikeSpeech(ctx: SpeechContext, d: Draft): boolean {
  return SENTENCE_END.has(ctx.doc.tokens[d.last].text) || d.last - d.first + 1 >= LONG_QUOTE_WORDS;
}

/** The quote's paragraph is the speaker's, the next one, or follows it past captions only. */
function onlyShortBetween(ctx: SpeechContext, from: number, to: number): boolean {
  if (to - from <= 1) return true;
  if (to - from > MAX_PARAGRAPHS_BACK) return false;
  for (let p = from + 1; p < to; p++) if ((ctx.paragraphSizes[p] ?? 0) > CAPTION_TOKENS) return false;
  return true;
}

/**
 * "Ann Veld issued a statement on Monday." right before the quote: the named subject of the
 * sentence before, when that sentence speaks of a statement, letter or the like.
 */
function authorBefore(ctx: SpeechContext, open: number): SpeakerPhrase | null {
  const { doc } = ctx;
  let k = open - 1;
  while (k >= 0 && (doc.tokens[k].type === 'tabCRLF' || doc.tokens[k].pos === 'SPACE')) k--;
  if (k < 0) return null;
  const [first, last] = sentenceBounds(doc, k);
  let speaks = false;
  for (let m = first; m <= last && !speaks; m++) speaks = words.documentHeads.has(doc.tokens[m].text.toLowerCase());
  if (!speaks) return null;
  const subject = mainClauseSubject(ctx, last);
  return subject && subject.source !== subject.phrase ? subject : null;
}
