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
import { LEXICON_HASHES } from './cueLexicon.js';
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

/** A form that is a cue candidate with any tag (the vocabulary, the rules' list)... */
const ANY_TAG = 1;
/** ...or only as a verb (WordNet's verbs). */
const AS_VERB = 2;
const lookups = new WeakMap<IntSet, FormFlags>();

/**
 * Hashed forms and their flags side by side in one open-addressed array, so that the look-up
 * every word of an article makes touches one place in memory.
 */
class FormFlags {
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(flags: Map<number, number>) {
    let capacity = 16;
    while (capacity < flags.size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Uint32Array(capacity * 2);
    for (const [h, flag] of flags) {
      let slot = h & this.mask;
      while (this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = h;
      this.slots[2 * slot + 1] = flag;
    }
  }

  /** The flags of a form's hash (never 0), 0 for a form of no list. */
  get(h: number): number {
    let slot = h & this.mask;
    for (;;) {
      const found = this.slots[2 * slot];
      if (found === h) return this.slots[2 * slot + 1];
      if (found === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** The three lists as one table of forms, so that a token costs one look-up, made once per vocabulary. */
function candidateForms(vocabulary: IntSet): FormFlags {
  let forms = lookups.get(vocabulary);
  if (!forms) {
    const flags = new Map<number, number>();
    const mark = (h: number, flag: number) => { if (h >>> 0 !== 0) flags.set(h >>> 0, (flags.get(h >>> 0) ?? 0) | flag); };
    for (const h of vocabulary.values()) mark(h, ANY_TAG);
    for (const h of LISTED_FORMS.values()) mark(h, ANY_TAG);
    for (const h of LEXICON_HASHES) mark(h, AS_VERB);
    forms = new FormFlags(flags);
    lookups.set(vocabulary, forms);
  }
  return forms;
}

export function cueCandidates(doc: Doc, keys: TokenKeys, vocabulary: IntSet): CueCandidate[] {
  const out: CueCandidate[] = [];
  const forms = candidateForms(vocabulary);
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
    const flag = forms.get(keys.lower(i));
    if ((flag & ANY_TAG) !== 0 || (t.pos === 'VERB' && (flag & AS_VERB) !== 0)) out.push({ kind: 'word', first: i, last: i, head: i });
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
