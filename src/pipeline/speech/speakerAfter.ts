/**
 * A floating quote whose speaker the next sentence introduces: "“We will not give up.” Ann Veld,
 * who runs the farm, was defiant." News often opens a paragraph with the words and names the
 * person after them. Only a quote opening its paragraph, and a person named there for the first
 * time, count; someone already in the article, or a new report ("Tom Ray said the talks had
 * stalled"), is as likely to be answering as to be the speaker.
 */
import { isSentenceEnd, sentenceBounds, type SpeechContext } from './context.js';
import type { Draft } from './draft.js';
import { isCapitalized, subjectBefore, type SpeakerPhrase } from './speakerMention.js';

export function personIntroducedAfter(ctx: SpeechContext, d: Draft): SpeakerPhrase | null {
  const { doc } = ctx;
  const quote = ctx.quoteOf[d.last];
  if (quote < 0) return null;
  const { open, close } = ctx.quotes[quote];
  if (close < 0 || !opensParagraph(ctx, open)) return null;
  let k = close + 1;
  if (isSentenceEnd(doc.tokens[k]?.text ?? '')) k++;
  else if (!isSentenceEnd(doc.tokens[close - 1].text)) return null;
  if (k >= doc.tokens.length || ctx.paragraphs[k] !== ctx.paragraphs[close] || !isCapitalized(doc.tokens[k])) return null;
  const subject = subjectOfClauseAt(ctx, k);
  if (!subject || subject.phrase.first !== k || subject.source === subject.phrase) return null;
  return firstMentionOfPerson(ctx, subject.source.start, doc.tokens[open].start) ? subject : null;
}

/** The subject before the first verb of the clause that starts at token k. */
function subjectOfClauseAt(ctx: SpeechContext, k: number): SpeakerPhrase | null {
  const { doc } = ctx;
  const [, last] = sentenceBounds(doc, k);
  for (let v = k + 1; v <= last; v++) {
    const t = doc.tokens[v];
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isCapitalized(t)) return ctx.cues[v] ? null : subjectBefore(doc, v, k);
  }
  return null;
}

function opensParagraph(ctx: SpeechContext, open: number): boolean {
  const prev = ctx.doc.tokens[open - 1];
  return prev === undefined || ctx.paragraphs[open - 1] !== ctx.paragraphs[open] || prev.type === 'tabCRLF';
}

/** A person entity has a mention starting at `at` and none before `before`. */
function firstMentionOfPerson(ctx: SpeechContext, at: number, before: number): boolean {
  for (const e of ctx.entities) {
    if (e.type !== 'person' || !e.mentions.some((m) => m.start === at)) continue;
    return e.mentions.every((m) => m.start >= before);
  }
  return false;
}
