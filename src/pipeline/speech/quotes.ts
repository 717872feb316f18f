/**
 * Quotation spans, found over the tokens of each paragraph rather than per sentence, since
 * wink-nlp splits a quote of several sentences into several sentences. A quote left open at
 * the end of a paragraph runs to that paragraph's end; the next paragraph's opening mark
 * continues it (news style for a quote over several paragraphs).
 */
import type { Doc, DocToken } from '../doc.js';

export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote runs to the paragraph's end. */
  close: number;
  /** First and last token inside the marks. */
  first: number;
  last: number;
  paragraph: number;
  /** Opens a paragraph right after a paragraph whose quote was left open. */
  continues: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘']);
const SINGLE_CLOSE = new Set(['’']);

export function isParagraphBreak(token: DocToken): boolean {
  return token.type === 'tabCRLF' && token.text.includes('\n');
}

/** The paragraph number of every token (newline tokens belong to the paragraph they end). */
export function paragraphsOf(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokens.length);
  let paragraph = 0;
  for (const token of doc.tokens) {
    out[token.index] = paragraph;
    if (isParagraphBreak(token)) paragraph++;
  }
  return out;
}

/** Opening or closing, for a straight mark: opening after a space or at a paragraph start. */
function straightOpens(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!prev || isParagraphBreak(prev) || token.space !== '') return true;
  return prev.text === '(' || prev.text === '[' || prev.text === '—' || prev.text === '–';
}

export function findQuotes(doc: Doc, paragraphs: Int32Array): Quote[] {
  const quotes: Quote[] = [];
  const { tokens } = doc;
  let open = -1;
  /** Tokens in the opening mark: 2 for two apostrophes written as one mark (''...''). */
  let openWidth = 1;
  let single = false;
  let openedAtStart = false;
  /** The previous paragraph ended inside a double quote. */
  let carried = false;
  let paragraphStart = true;
  const end = (close: number, last: number) => {
    if (last >= open + openWidth) {
      quotes.push({ open, close, first: open + openWidth, last, paragraph: paragraphs[open], continues: openedAtStart && carried });
    }
    open = -1;
    openWidth = 1;
  };
  const closesFirst = firstMarkCloses(doc, paragraphs);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (isParagraphBreak(token) || token.pos === 'SPACE') {
      if (!isParagraphBreak(token)) continue;
      const leftOpen = open >= 0 && !single;
      if (open >= 0) end(-1, lastWordBefore(doc, i));
      if (!paragraphStart) carried = leftOpen;
      paragraphStart = true;
      // A quote whose next paragraph has no opening mark but a closing one runs on into it.
      if (leftOpen && closesFirst[paragraphs[i] + 1]) {
        open = i;
        single = false;
        openedAtStart = true;
      }
      continue;
    }
    const text = token.text;
    const startsParagraph = paragraphStart;
    paragraphStart = false;
    // ''...'': two apostrophes written together stand for a double quotation mark (wink-nlp splits them).
    if (text === "'" && tokens[i + 1]?.text === "'" && tokens[i + 1].space === '' && (open < 0 || !single || openWidth === 2)) {
      if (open < 0 || single) {
        if (!startsParagraph) carried = false;
        openedAtStart = startsParagraph;
        open = i;
        openWidth = 2;
        single = false;
      } else end(i, i - 1);
      i++;
      continue;
    }
    if (text === '"' || DOUBLE_OPEN.has(text) || DOUBLE_CLOSE.has(text)) {
      // An opening-form mark written against the word before it, inside an open quote, closes it ("… decision.“ Then").
      const misTyped = open >= 0 && !single && token.space === '' && (tokens[i + 1] === undefined || tokens[i + 1].space !== '' || tokens[i + 1].type === 'tabCRLF');
      const opens = text === '"' ? open < 0 || single : DOUBLE_OPEN.has(text) && !misTyped;
      if (opens) {
        if (!startsParagraph) carried = false;
        openedAtStart = startsParagraph;
        open = i;
        single = false;
      } else if (open >= 0 && !single) {
        end(i, i - 1);
      }
      continue;
    }
    if (open >= 0 && !single) continue;
    if (SINGLE_OPEN.has(text) || (text === "'" && open < 0 && straightOpens(doc, i) && isWord(tokens[i + 1]))) {
      openedAtStart = startsParagraph;
      open = i;
      single = true;
    } else if (open >= 0 && single && (SINGLE_CLOSE.has(text) || text === "'") && token.space === '') {
      end(i, i - 1);
    }
  }
  if (open >= 0) end(-1, lastWordBefore(doc, tokens.length));
  return quotes;
}

/** For each paragraph: is its first double quotation mark a closing one (a quote carried in from before)? */
function firstMarkCloses(doc: Doc, paragraphs: Int32Array): boolean[] {
  const out: boolean[] = [];
  const seen = new Set<number>();
  for (const t of doc.tokens) {
    if (t.text.length !== 1) continue;
    const p = paragraphs[t.index];
    if (seen.has(p)) continue;
    if (DOUBLE_OPEN.has(t.text)) { seen.add(p); out[p] = false; }
    else if (DOUBLE_CLOSE.has(t.text)) { seen.add(p); out[p] = true; }
    else if (t.text === '"') {
      seen.add(p);
      const prev = doc.tokens[t.index - 1];
      out[p] = t.space === '' && prev !== undefined && !isParagraphBreak(prev) && paragraphs[prev.index] === p;
    }
  }
  return out;
}

function isWord(token: DocToken | undefined): boolean {
  return token !== undefined && token.space === '' && token.type !== 'punctuation';
}

function lastWordBefore(doc: Doc, i: number): number {
  let j = i - 1;
  while (j >= 0 && (doc.tokens[j].type === 'tabCRLF' || doc.tokens[j].pos === 'SPACE')) j--;
  return j;
}

export function isQuoteMark(text: string): boolean {
  // Every mark is one character: most tokens fail on length alone.
  if (text.length !== 1) return false;
  return text === '"' || DOUBLE_OPEN.has(text) || DOUBLE_CLOSE.has(text) || SINGLE_OPEN.has(text) || text === "'" || SINGLE_CLOSE.has(text);
}
