/** Small clause tests around a cue verb, each looking at a few tokens only. */
import type { SpeechContext } from './context.js';
import { sentenceBounds } from './context.js';
import { words } from './lexicon.js';
import { isCapitalized, subjectBefore, type SpeakerPhrase } from './speakerMention.js';

const LOOK_BACK = 3;

/** "have not said", "never claimed", "did n't say": negated speech is no statement. */
export function isNegated(ctx: SpeechContext, cue: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = cue - 1; k >= 0 && cue - k <= LOOK_BACK; k--) {
    const text = tokens[k].text.toLowerCase();
    if (words.negations.has(text)) return true;
    if (!words.adverbs.has(text) && tokens[k].pos !== 'ADV' && tokens[k].pos !== 'AUX' && tokens[k].pos !== 'PART') return false;
  }
  return false;
}

/** "was told", "were advised", "is described": a passive cue names no speaker of its own. */
export function isPassive(ctx: SpeechContext, cue: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = cue - 1; k >= 0 && cue - k <= LOOK_BACK; k--) {
    const text = tokens[k].text.toLowerCase();
    if (words.beForms.has(text)) return !tokens[cue].text.toLowerCase().endsWith('ing');
    if (tokens[k].pos !== 'ADV') return false;
  }
  return false;
}

/** "refused to say", "expected to announce": an infinitive reports nothing said. */
export function isInfinitive(ctx: SpeechContext, cue: number): boolean {
  const prev = ctx.doc.tokens[cue - 1];
  return prev !== undefined && prev.text.toLowerCase() === 'to';
}

/** The subject of the main clause, for "..., adding that ...": the phrase before the sentence's first verb. */
export function mainClauseSubject(ctx: SpeechContext, participle: number): SpeakerPhrase | null {
  const { doc } = ctx;
  const [first] = sentenceBounds(doc, participle);
  for (let k = first + 1; k < participle; k++) {
    const t = doc.tokens[k];
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isCapitalized(t)) {
      const subject = subjectBefore(doc, k, first);
      if (subject) return subject;
    }
  }
  return null;
}
