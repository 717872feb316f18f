import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, DocSentence, DocToken } from './doc.js';
import { breakLongRuns } from './longRuns.js';
import { warmLexicon } from './warmLexicon.js';

type Wink = ReturnType<typeof winkNLP>;
let engine: Wink | undefined;

/** wink-nlp with its English model, loaded once per process (or worker) on first use. */
export function loadEngine(): Wink {
  engine ??= winkNLP(model);
  return engine;
}

/**
 * Runs wink-nlp once over the text and lays its tokens on the text. Offsets come from
 * finding each token in the text after the previous one, so they hold even where
 * wink-nlp normalises a token's surrounding space or where overlong runs were cut.
 */
export function tokenize(text: string): Doc {
  const nlp = loadEngine();
  const its = nlp.its;
  const winkText = breakLongRuns(text);
  warmLexicon(nlp, winkText);
  const wdoc = nlp.readDoc(winkText);
  const all = wdoc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as string[];
  const types = all.out(its.type) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  const tokens: DocToken[] = new Array(values.length);
  let cursor = 0;
  let sentence = 0;
  for (let i = 0; i < values.length; i++) {
    while (sentence < spans.length - 1 && i > spans[sentence][1]) sentence++;
    const value = values[i];
    const start = locate(text, value, cursor);
    const end = Math.min(text.length, start + value.length);
    tokens[i] = {
      index: i, text: text.slice(start, end), pos: pos[i], lemma: lemmas[i], type: types[i],
      start, end, sentence, space: text.slice(cursor, start),
    };
    cursor = end;
  }
  const sentences: DocSentence[] = spans
    .filter(([first, last]) => last >= first && first < tokens.length)
    .map(([first, last], index) => ({
      index, first, last, start: tokens[first].start, end: tokens[last].end,
    }));
  return { text, tokens, sentences };
}

/** How far past the previous token a token is looked for before whitespace is skipped. */
const SEARCH_WINDOW = 1024;

/**
 * Where a token's value stands in the text, at or after `cursor`. The search is bounded,
 * so a value wink-nlp changed (not found anywhere) costs a constant, never a scan of the
 * rest of a 10 MB text; failing all else the token is placed at the cursor.
 */
function locate(text: string, value: string, cursor: number): number {
  if (text.startsWith(value, cursor)) return cursor;
  const near = text.slice(cursor, cursor + SEARCH_WINDOW + value.length).indexOf(value);
  if (near >= 0) return cursor + near;
  let next = cursor;
  while (next < text.length && /\s/.test(text[next])) next++;
  return text.startsWith(value, next) ? next : cursor;
}
