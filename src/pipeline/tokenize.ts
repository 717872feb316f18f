import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, DocSentence, DocToken } from './doc.js';

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
 * wink-nlp normalises a token's surrounding space.
 */
export function tokenize(text: string): Doc {
  const nlp = loadEngine();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
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
    let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) start = cursor;
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
