/**
 * wink-nlp adds every word it has not seen to its lexicon while it reads a document, and how
 * it splits a run depends on that: "O'Brien..." comes out as "O'Brien . .." the first time and
 * "O'Brien ..." once "O'Brien" is known (measured on 2.4 with wink-eng-lite-web-model 1.8.1,
 * for words with an apostrophe, "&" or a digit before ".." or "..."). Each article starts from
 * the same lexicon (`winkEngine.ts`), but within one article the same run would still be split
 * two ways. Reading those runs once beforehand makes their words known, so every occurrence is
 * tokenized the same way.
 */
import type winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;

/** Unbroken runs with two dots in a row: the only ones whose split was seen to change. */
const RUN_WITH_DOTS = /[^\s]*\.\.[^\s]*/g;

export function warmLexicon(nlp: Wink, text: string): void {
  if (!text.includes('..')) return;
  const runs = new Set(text.match(RUN_WITH_DOTS));
  if (runs.size > 0) nlp.readDoc([...runs].join(' '));
}
