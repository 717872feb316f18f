import type { Doc, DocSentence, DocToken } from './doc.js';
import { breakLongRuns } from './longRuns.js';
import { warmLexicon } from './warmLexicon.js';
import { loadFreshWink, type FreshWink } from './winkEngine.js';

let engine: FreshWink | undefined;

/**
 * What of wink-nlp's pipeline the stages read: sentences, and the parts of speech (with
 * lemmas). Its own entities (dates, numbers), negation and sentiment are never read, and
 * skipping them makes readDoc about a third faster with the same tokens, tags and sentences.
 */
export const WINK_PIPE = ['sbd', 'pos'];

/** wink-nlp with its English model, loaded once per process (or worker) on first use. */
export function loadEngine(): FreshWink {
  engine ??= loadFreshWink(WINK_PIPE);
  return engine;
}

/**
 * Runs wink-nlp once over the text and lays its tokens on the text. wink-nlp's preceding
 * spaces and values rebuild the text exactly (but for the spaces that cut overlong runs);
 * should a token ever differ from the text, it is looked for a few characters ahead, so
 * offsets never drift.
 */
export function tokenize(text: string): Doc {
  const { nlp, forget } = loadEngine();
  const its = nlp.its;
  const winkText = breakLongRuns(text);
  // From the same state for every article; the lemmas read lazily below use this article's words.
  forget();
  warmLexicon(nlp, winkText);
  const wdoc = nlp.readDoc(winkText);
  const all = wdoc.tokens();
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  const types = all.out(its.type) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  const sentenceOf = sentenceIndexes(spans, types, values, values.length);
  const tokens: DocToken[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const space = spaces[i];
    // Where wink-nlp's spaces and value stand in the text, they are the text: no copy is made.
    // wink-nlp's strings are those of its lexicon, already hashed, which makes every later
    // look-up of a token's text in a Set or Map cheaper.
    if (text.startsWith(space, cursor) && text.startsWith(value, cursor + space.length)) {
      const start = cursor + space.length;
      cursor = start + value.length;
      tokens[i] = { index: i, text: value, pos: pos[i], type: types[i], start, end: cursor, sentence: sentenceOf[i], space };
      continue;
    }
    const start = locate(text, value, cursor);
    const end = Math.min(text.length, start + value.length);
    tokens[i] = {
      index: i, text: text.slice(start, end), pos: pos[i], type: types[i],
      start, end, sentence: sentenceOf[i], space: text.slice(cursor, start),
    };
    cursor = end;
  }
  const sentences: DocSentence[] = [];
  for (const token of tokens) {
    const current = sentences[token.sentence];
    if (current) {
      current.last = token.index;
      current.end = token.end;
    } else {
      sentences.push({ index: token.sentence, first: token.index, last: token.index, start: token.start, end: token.end });
    }
  }
  // wink-nlp has no lemma for a few contraction-like words ("x ive."): the word itself, in lower case, stands in.
  const orWord = (lemma: string | undefined, index: number) => lemma ?? tokens[index].text.toLowerCase();
  let lemmas: string[] | undefined;
  const some: string[] = [];
  return {
    text, tokens, sentences,
    lemma: (index) => lemmas?.[index] ?? (some[index] ??= orWord(all.itemAt(index).out(its.lemma as never) as string | undefined, index)),
    lemmas: () => (lemmas ??= (all.out(its.lemma as never) as (string | undefined)[]).map(orWord)),
  };
}

/**
 * No sentence of news runs past a few hundred tokens (the longest in the gold corpora and the PolNeAR
 * splits, about 1,000 articles, has 191); a longer one is a scrape without full stops ("Ann Veld said
 * that Ann Veld said that ..."), and stages that look along a sentence from each of its words would
 * take time quadratic in it. Such a run is cut into sentences of at most this many tokens.
 */
export const MAX_SENTENCE = 512;
/** Past this many tokens, a long sentence is cut after the next comma, semicolon, colon or line break. */
const CUT_AFTER = MAX_SENTENCE / 2;
const CUTS = new Set([',', ';', ':']);

/**
 * The sentence of each token. wink-nlp makes a sentence of trailing line breaks; such a
 * sentence of whitespace alone joins the one before it, so sentence counts are real.
 */
function sentenceIndexes(spans: [number, number][], types: string[], values: string[], count: number): Uint32Array {
  const of = new Uint32Array(count);
  let index = -1;
  for (const [first, last] of spans) {
    let blank = true;
    for (let i = first; i <= last && blank; i++) blank = types[i] === 'tabCRLF' || types[i] === 'space';
    if ((!blank || index < 0) && !afterBracketedAbbreviation(values, first)) index++;
    let length = 0;
    for (let i = first; i <= last && i < count; i++) {
      of[i] = index;
      length++;
      const cut = length >= MAX_SENTENCE || (length >= CUT_AFTER && (CUTS.has(values[i]) || types[i] === 'tabCRLF'));
      if (cut && i < last) {
        index++;
        length = 0;
      }
    }
  }
  return of;
}

const BRACKET_REACH = 6;

/**
 * "Sen. Ann Veld (D-Md.) said ...": wink-nlp ends a sentence at the dot of an abbreviation closed
 * by a bracket; a sentence that goes on in lower case after it is the same sentence.
 */
function afterBracketedAbbreviation(values: string[], first: number): boolean {
  if (first < 2 || values[first - 1] !== ')' || values[first - 2] !== '.' || !/^\p{Ll}/u.test(values[first] ?? '')) return false;
  for (let k = first - 3; k >= 0 && first - k <= BRACKET_REACH + 2; k--) if (values[k] === '(') return true;
  return false;
}

function nearby(text: string, value: string, cursor: number): number {
  const found = text.slice(cursor, cursor + value.length + 64).indexOf(value);
  return found < 0 ? cursor : cursor + found;
}

/**
 * Where a token stands when its preceding spaces are not in the text: right at the cursor (a
 * space that cut an overlong run is not in the text), else a little further on.
 */
function locate(text: string, value: string, cursor: number): number {
  if (text.startsWith(value, cursor)) return cursor;
  return nearby(text, value, cursor);
}
