/**
 * The tokenized article every stage reads. Offsets here are UTF-16 indices into `text`
 * (JavaScript's own), so stages can slice; the last stage turns them into code points.
 */

export interface DocToken {
  index: number;
  text: string;
  /** wink-nlp's universal POS tag. */
  pos: string;
  /** wink-nlp's token type: word, punctuation, number, tabCRLF, emoji, unk, ... */
  type: string;
  start: number;
  end: number;
  sentence: number;
  /** The whitespace before the token, as in the text. */
  space: string;
}

export interface DocSentence {
  index: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  tokens: DocToken[];
  sentences: DocSentence[];
  /**
   * The lemma of token i. Lemmas cost wink-nlp more than all else it gives per token, and the
   * stages need a few of them, so each is found when first asked for.
   */
  lemma(index: number): string;
  /** Every token's lemma, for output that lists tokens. */
  lemmas(): string[];
}

/** A stretch of the text, in token indices (inclusive) and UTF-16 offsets. */
export interface TextRange {
  first: number;
  last: number;
  start: number;
  end: number;
}

export function rangeOf(doc: Doc, first: number, last: number): TextRange {
  return { first, last, start: doc.tokens[first].start, end: doc.tokens[last].end };
}

export function sliceOf(doc: Doc, range: { start: number; end: number }): string {
  return doc.text.slice(range.start, range.end);
}
