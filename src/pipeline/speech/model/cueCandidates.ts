/**
 * The tokens that may be cues, for the model to judge: a word PolNeAR's annotators marked as a cue
 * (the model's vocabulary), a word of the rules' cue list, a verb WordNet files under communication
 * or cognition; "according to"; and the colon of a headline or transcript ("Pence: ...",
 * "WALLACE: ..."). Loose on purpose: the cue model, not this list, decides.
 */
import type { Doc } from '../../doc.js';
import type { IntSet } from '../../../model/intSet.js';
import { LISTED_FORMS } from '../lexicon.js';
import { isQuoteMark } from '../quotes.js';
import { LEXICON_FORMS } from './cueLexicon.js';
import type { TokenKeys } from './tokenKeys.js';

export type CueKind = 'word' | 'according' | 'colon';

export interface CueCandidate {
  kind: CueKind;
  /** The cue's tokens, inclusive; `head` is the word the features look at. */
  first: number;
  last: number;
  head: number;
}

const WORD_TAGS = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ', 'AUX']);
/** Words before a colon that can still name a speaker ("MR. TRUMP:", "Sen. Ann Veld:"). */
const COLON_REACH = 5;

export function cueCandidates(doc: Doc, keys: TokenKeys, vocabulary: IntSet): CueCandidate[] {
  const out: CueCandidate[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === ':' ) {
      if (colonCue(doc, i)) out.push({ kind: 'colon', first: i, last: i, head: i });
      continue;
    }
    if (t.type !== 'word' || t.text.length < 3 || !WORD_TAGS.has(t.pos)) continue;
    if (t.text.length === 9 && (t.text === 'according' || t.text === 'According') && tokens[i + 1]?.text.toLowerCase() === 'to') {
      out.push({ kind: 'according', first: i, last: i + 1, head: i });
      i++;
      continue;
    }
    // A word of the vocabulary or the cue list whatever its tag; a verb of WordNet's lists as a verb.
    const h = keys.lower(i);
    if (vocabulary.has(h) || LISTED_FORMS.has(h) || (t.pos === 'VERB' && LEXICON_FORMS.has(h))) out.push({ kind: 'word', first: i, last: i, head: i });
  }
  return out;
}

/** A colon after a few capitalised words that open their line, with words after it. */
function colonCue(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const next = tokens[i + 1];
  if (!next || next.type === 'tabCRLF') return false;
  let k = i - 1;
  let words = 0;
  while (k >= 0 && tokens[k].type !== 'tabCRLF' && i - k <= COLON_REACH + 2) {
    const t = tokens[k];
    if (t.type === 'word') {
      if (!/^\p{Lu}/u.test(t.text)) return false;
      words++;
    } else if (isQuoteMark(t.text)) break;
    else if (t.text !== '.' && t.text !== '-') return false;
    k--;
  }
  // At a line's start, or right after an opening mark ("“WALLACE: ...").
  return words > 0 && words <= COLON_REACH && (k < 0 || tokens[k].type === 'tabCRLF' || isQuoteMark(tokens[k].text));
}
