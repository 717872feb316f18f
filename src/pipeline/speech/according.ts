/**
 * "According to X, C.", "C, according to X." and "C according to X": the source is the phrase after
 * "to". "In the words of X, C" is read the same way.
 */
import type { SpeechContext } from './context.js';
import { clauseBounds, reportedDraft, skipDateline, trim } from './content.js';
import type { Draft } from './draft.js';
import { lower, type CueMatch } from './lexicon.js';
import { phraseAfter, type SpeakerPhrase } from './speakerMention.js';
import { rangeOf } from '../doc.js';

const RELATIVES = new Set(['which', 'that', 'who', 'whom']);
const COMMA_REACH = 12;

const ACCORDING: Omit<CueMatch, 'first' | 'last'> = { lemma: 'according to', cls: 'neutral', strict: false, participle: false };
const IN_THE_WORDS_OF: Omit<CueMatch, 'first' | 'last'> = { lemma: 'in the words of', cls: 'neutral', strict: false, participle: false };

/** The cue "according to" or "in the words of" starting at token i, or null. */
export function sourceCueAt(ctx: SpeechContext, i: number): CueMatch | null {
  const { doc } = ctx;
  const text = doc.tokens[i].text;
  // Most tokens fail on length and first letter, before any lower-casing.
  if (text.length !== 9 && text.length !== 2) return null;
  const first = text.charCodeAt(0) | 32;
  if (text.length === 9 && first === 97 && lower(doc, i) === 'according' && lower(doc, i + 1) === 'to') {
    return { ...ACCORDING, first: i, last: i + 1 };
  }
  if (text.length === 2 && first === 105 && lower(doc, i) === 'in' && lower(doc, i + 2) === 'words' && lower(doc, i + 1) === 'the' && lower(doc, i + 3) === 'of') {
    return { ...IN_THE_WORDS_OF, first: i, last: i + 3 };
  }
  return null;
}

export function accordingTo(ctx: SpeechContext, i: number): Draft | null {
  const { doc } = ctx;
  const cue = sourceCueAt(ctx, i);
  if (!cue) return null;
  const [first, last] = clauseBounds(ctx, i);
  const speaker = phraseAfter(doc, cue.last + 1, last) ?? loneWord(ctx, cue.last + 1);
  if (!speaker) return null;
  const before = doc.tokens[i - 1];
  const opensClause = i === first || (before !== undefined && (before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.text.toLowerCase() === 'that'));
  if (opensClause) {
    // "According to a posting made on Monday, C": the content follows the comma after the source.
    let comma = commaAfter(ctx, speaker.phrase.last + 1, last);
    // "According to X, quoting Y, C": past the participle phrase.
    const next = doc.tokens[comma + 1];
    let layer: { cue: CueMatch; speaker: SpeakerPhrase } | null = null;
    if (comma >= 0 && next?.type === 'word' && next.text.endsWith('ing') && next.text === next.text.toLowerCase()) {
      const citing = ctx.cues[comma + 1];
      const cited = citing?.participle ? phraseAfter(doc, comma + 2, last) : null;
      if (citing && cited) layer = { cue: citing, speaker: cited };
      comma = commaAfter(ctx, comma + 2, last);
    }
    const content = trim(ctx, comma >= 0 ? comma + 1 : speaker.phrase.last + 1, last);
    if (!content) return null;
    const draft = reportedDraft(ctx, content[0], content[1], { cue, speaker });
    // The source X quotes says the same words: a second statement, as the news reports it.
    if (layer) draft.layer = reportedDraft(ctx, content[0], content[1], layer);
    return draft;
  }
  // "..., which, according to X, the council rejected": the relative clause goes on after X.
  if (before?.text === ',' && RELATIVES.has(doc.tokens[i - 2]?.text.toLowerCase() ?? '') && doc.tokens[speaker.phrase.last + 1]?.text === ',') {
    const content = trim(ctx, speaker.phrase.last + 2, last);
    return content ? reportedDraft(ctx, content[0], content[1], { cue, speaker }) : null;
  }
  const start = skipDateline(ctx, first, i - 1);
  const content = trim(ctx, start, i - 1);
  if (!content) return null;
  return reportedDraft(ctx, content[0], content[1], { cue, speaker });
}

function commaAfter(ctx: SpeechContext, from: number, last: number): number {
  for (let k = from; k <= last && k - from <= COMMA_REACH; k++) if (ctx.doc.tokens[k].text === ',') return k;
  return -1;
}

/** "according to police, ...": one word before a comma, whatever the tagger made of it. */
function loneWord(ctx: SpeechContext, k: number): SpeakerPhrase | null {
  const t = ctx.doc.tokens[k];
  const next = ctx.doc.tokens[k + 1];
  if (!t || t.type !== 'word' || !next || (next.text !== ',' && next.text !== '.')) return null;
  const range = rangeOf(ctx.doc, k, k);
  return { phrase: range, head: k, source: range };
}
