/**
 * Integer ids of tokens for the features, worked out for a token when a feature first asks (most
 * tokens never are): its lower-cased word, and its "class": the word itself for closed-class
 * words ("that", "which", ",", "and", "to"), which mark where clauses start and end, and only the
 * tag and ending for open-class words, whose identity would tie the model to its training articles.
 */
import { hashLower } from '../../../model/hash.js';
import type { Doc } from '../../doc.js';

const TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const TAG_ID = new Map(TAGS.map((t, i) => [t, i + 1]));
const CLOSED = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'PUNCT', 'SCONJ', 'SYM']);
/** Ids of what lies outside the text, and of line breaks. */
export const OUTSIDE = 1;
const LINE_BREAK = 2;

export function tagId(pos: string): number {
  return TAG_ID.get(pos) ?? 0;
}

/** -ing, -ed, -s or none: what the tag alone does not say of a verb form. */
export function endingOf(text: string): number {
  const n = text.length;
  if (n > 4 && text.endsWith('ing')) return 1;
  if (n > 3 && text.endsWith('ed')) return 2;
  if (n > 2 && text.endsWith('s')) return 3;
  return 0;
}

export class TokenKeys {
  private readonly lowers: Uint32Array;
  private readonly classes: Uint32Array;

  constructor(private readonly doc: Doc) {
    this.lowers = new Uint32Array(doc.tokens.length);
    this.classes = new Uint32Array(doc.tokens.length);
  }

  /** The hash of token i's text in lower case; OUTSIDE beyond the text. */
  lower(i: number): number {
    if (i < 0 || i >= this.lowers.length) return OUTSIDE;
    let h = this.lowers[i];
    if (h === 0) {
      const t = this.doc.tokens[i];
      h = hashLower(t.text) || 3;
      this.lowers[i] = h;
    }
    return h;
  }

  /** The word of a closed-class token, else its tag and ending; line breaks and the outside have their own ids. */
  cls(i: number): number {
    if (i < 0 || i >= this.classes.length) return OUTSIDE;
    let c = this.classes[i];
    if (c === 0) {
      const t = this.doc.tokens[i];
      if (t.type === 'tabCRLF') c = LINE_BREAK;
      else if (CLOSED.has(t.pos)) c = this.lower(i);
      else c = 16 + tagId(t.pos) * 8 + endingOf(t.text) * 2 + (isUpper(t.text) ? 1 : 0);
      this.classes[i] = c;
    }
    return c;
  }
}

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}
