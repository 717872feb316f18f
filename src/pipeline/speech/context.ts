/** What every speech pass reads: the doc, paragraphs, quotes and cue verbs, computed once per article. */
import type { Doc } from '../doc.js';
import type { FoundEntity } from '../stages.js';
import { cueAt, type CueMatch } from './lexicon.js';
import { findQuotes, paragraphsOf, type Quote } from './quotes.js';

export interface SpeechContext {
  doc: Doc;
  entities: FoundEntity[];
  paragraphs: Int32Array;
  /** Tokens in each paragraph. */
  paragraphSizes: number[];
  quotes: Quote[];
  /** For each token, the index of the quote whose marks or words it belongs to, or -1. */
  quoteOf: Int32Array;
  /** The cue verb starting at each token, or null. */
  cues: (CueMatch | null)[];
  /** Cue tokens already used by an attribution, so no second pass reuses them. */
  usedCues: Set<number>;
}

export function speechContext(doc: Doc, entities: FoundEntity[]): SpeechContext {
  const paragraphs = paragraphsOf(doc);
  const quotes = findQuotes(doc, paragraphs);
  const quoteOf = new Int32Array(doc.tokens.length).fill(-1);
  quotes.forEach((q, index) => {
    const last = q.close >= 0 ? q.close : q.last;
    for (let i = q.open; i <= last; i++) quoteOf[i] = index;
  });
  const cues = doc.tokens.map((_, i) => cueAt(doc, i));
  const paragraphSizes: number[] = [];
  for (const p of paragraphs) paragraphSizes[p] = (paragraphSizes[p] ?? 0) + 1;
  return { doc, entities, paragraphs, paragraphSizes, quotes, quoteOf, cues, usedCues: new Set() };
}

export function isSentenceEnd(text: string): boolean {
  return text === '.' || text === '!' || text === '?';
}

/** First and last token of token i's sentence; wink-nlp's sentences split at "Acme.com" are one. */
export function sentenceBounds(doc: Doc, i: number): [number, number] {
  let s = doc.sentences[doc.tokens[i].sentence];
  let end = s;
  while (s.index > 0 && isWebsiteDot(doc, s.first - 1)) s = doc.sentences[s.index - 1];
  while (end.index + 1 < doc.sentences.length && isWebsiteDot(doc, end.last)) end = doc.sentences[end.index + 1];
  // wink-nlp puts the line break before a sentence inside it.
  let first = s.first;
  while (first < i && (doc.tokens[first].type === 'tabCRLF' || doc.tokens[first].pos === 'SPACE')) first++;
  return [first, end.last];
}

/** The dot of "Acme.com": written without a space on either side, between two words. */
export function isWebsiteDot(doc: Doc, k: number): boolean {
  const dot = doc.tokens[k];
  const before = doc.tokens[k - 1];
  const after = doc.tokens[k + 1];
  return dot?.text === '.' && dot.space === '' && after !== undefined && after.space === '' && after.type === 'word' && before?.type === 'word';
}
