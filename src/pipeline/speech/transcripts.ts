/**
 * Transcripts: "WALLACE: Will she be there?" and "Ann Veld: We are ready." A statement with no cue
 * of its own whose words open with a name and a colon is that speaker's turn: the name is the
 * speaker (even where the statement had taken the speaker of the one before it), and the content
 * starts after the colon.
 */
import { rangeOf } from '../doc.js';
import type { SpeechContext } from './context.js';
import type { Draft } from './draft.js';

/** A speaker's label is a name of a few words. */
const MAX_LABEL_WORDS = 3;

export function labelTranscriptTurns(ctx: SpeechContext, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.cue) continue;
    const colon = labelEnd(ctx, d.first, d.last);
    if (colon < 0) continue;
    const label = rangeOf(ctx.doc, d.first, colon - 1);
    d.speaker = { phrase: label, head: colon - 1, source: label };
    d.inherits = undefined;
    d.first = colon + 1;
  }
}

/** The colon that closes a label of capitalised words opening tokens first..last, or -1. */
function labelEnd(ctx: SpeechContext, first: number, last: number): number {
  const { tokens } = ctx.doc;
  for (let k = first; k <= last && k - first <= MAX_LABEL_WORDS; k++) {
    const t = tokens[k];
    if (t.text === ':') return k > first && k < last ? k : -1;
    if (t.type !== 'word' || !/^\p{Lu}/u.test(t.text) || t.pos !== 'PROPN') return -1;
  }
  return -1;
}
