/** Noun phrases from POS tags alone: where one starts, its head, and the proper name it holds. */
import { rangeOf, type Doc, type DocToken, type TextRange } from '../doc.js';
import { words } from './lexicon.js';
import { isQuoteMark } from './quotes.js';
import { isWebsiteDot } from './context.js';

export interface SpeakerPhrase {
  /** The whole noun phrase ("Foreign Minister Ann Veld", "a spokeswoman for the agency"). */
  phrase: TextRange;
  /** Token index of the head noun: the last word before the first preposition ("spokeswoman"). */
  head: number;
  /** The proper name at its head without titles ("Ann Veld"), or the phrase when there is none. */
  source: TextRange;
  /** For a relative pronoun ("Ann Veld, who said ..."), the phrase it stands for, which names the speaker. */
  antecedent?: SpeakerPhrase;
}

export const MAX_PHRASE = 16;
const MAX_APPOSITION = 14;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const NOUNISH = new Set(['PROPN', 'NOUN', 'NUM']);
const INSIDE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
export const LINKS = new Set(['of', 'for', 'to', 'at', 'on', 'in', 'from', 'with', 'and', '&', '-', 'such', 'as', 'by', 'including']);

export function isPossessive(t: DocToken): boolean {
  return t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’';
}

export function isInside(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.type === 'tabCRLF') return false;
  if (INSIDE.has(posOf(doc, k)) || isPossessive(t)) return t.text !== ',' && !(t.pos === 'DET' && t.text.toLowerCase() === 'that');
  // "peer-reviewed journals": a participle hyphened to the word before it.
  if (t.pos === 'VERB' && t.space === '' && doc.tokens[k - 1]?.text === '-') return true;
  return t.pos === 'PUNCT' && (t.text === '.' ? isWebsiteDot(doc, k) : t.text === '-');
}

const MISTAGGED = new Set(['VERB', 'ADJ', 'ADV', 'NOUN', 'X']);

/** The tag, but a capitalised word inside a sentence is a name whatever wink-nlp tagged it ("Baker" as a verb). */
export function posOf(doc: Doc, k: number): string {
  const t = doc.tokens[k];
  // "the i reporting": a word after "the" is no pronoun, whatever the tagger said.
  if (t.pos === 'PRON' && doc.tokens[k - 1]?.text.toLowerCase() === 'the') return 'NOUN';
  if (t.pos === 'VERB' && isSpeakerNounAfterModifier(doc, k)) return 'NOUN';
  if (!MISTAGGED.has(t.pos) || !isCapitalized(t)) return t.pos;
  const prev = doc.tokens[k - 1];
  if (!prev || prev.type === 'tabCRLF' || prev.pos === 'SPACE' || prev.text === '.' || prev.text === '?' || prev.text === '!' || prev.pos === 'PUNCT' && prev.text !== ',') return t.pos;
  return doc.sentences[t.sentence].first === k ? t.pos : 'PROPN';
}

const MODIFIERS = new Set(['DET', 'ADJ', 'PROPN']);

/** "an online posting", "the court filing": a speaker or document noun in -ing the tagger took for a verb, after a modifier. */
function isSpeakerNounAfterModifier(doc: Doc, k: number): boolean {
  const text = doc.tokens[k].text;
  const prev = doc.tokens[k - 1];
  if (!text.endsWith('ing') || prev === undefined || !MODIFIERS.has(prev.pos)) return false;
  const lower = text.toLowerCase();
  return words.anonymousHeads.has(lower) || words.documentHeads.has(lower);
}

/** A personal pronoun subject ("he"), as a one-token phrase. */
export function pronounAt(doc: Doc, i: number): SpeakerPhrase | null {
  const t = doc.tokens[i];
  if (posOf(doc, i) !== 'PRON' || !words.pronouns.has(t.text.toLowerCase())) return null;
  const range = rangeOf(doc, i, i);
  return { phrase: range, head: i, source: range };
}

/** The proper-name run ending the phrase, without leading title words. */
export function nameOf(doc: Doc, first: number, last: number): TextRange | null {
  let end = last;
  if (doc.tokens[end].pos !== 'PROPN' && !isCapitalized(doc.tokens[end]) && !isWebsiteDot(doc, end - 1)) return null;
  if (isTitle(doc.tokens[end])) return null;
  let start = end;
  while (start - 1 >= first) {
    const t = doc.tokens[start - 1];
    const joiner = (t.text === '.' || t.text === '-') && t.space === '';
    // "al-Amr", "bin-Tal": a lower-case particle hyphened to the name.
    const particle = t.type === 'word' && doc.tokens[start].text === '-' && doc.tokens[start].space === '';
    if (!(t.pos === 'PROPN' || isCapitalized(t) || joiner || particle) || isTitle(t) || words.determiners.has(t.text.toLowerCase())) break;
    start--;
  }
  while (start <= end && (isTitle(doc.tokens[start]) || words.determiners.has(doc.tokens[start].text.toLowerCase()))) start++;
  if (start > end) return null;
  return rangeOf(doc, start, end);
}

export function isTitle(t: DocToken): boolean {
  return words.titleWords.has(t.text.toLowerCase());
}

export function isCapitalized(t: DocToken): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Where a head noun's post-modifiers start: prepositions, and examples ("sites such as X", "journals including X"). */
const PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'on', 'in', 'from', 'with', 'by', 'such', 'including']);

/**
 * "Ann Veld of the city council": the name before the first preposition is the head; but in
 * "Ambassador to Peru Ann Veld" the part before it is a bare title, so the name at the end is.
 */
export function phraseOf(doc: Doc, first: number, last: number): SpeakerPhrase {
  const phrase = rangeOf(doc, first, last);
  // "the Port Authority and the City Council" speak together: the mention is the whole phrase.
  for (let k = first + 1; k < last; k++) {
    if (joinsNames(doc, k, last, first)) return { phrase, head: last, source: phrase };
  }
  for (let k = first + 1; k < last; k++) {
    if (!PREPOSITIONS.has(doc.tokens[k].text.toLowerCase())) continue;
    // "University of Acme union president Ann Veld": the name right after a title word is the speaker.
    const titled = nameOf(doc, k + 1, last);
    if (titled && titled.first > k + 1 && isTitle(doc.tokens[titled.first - 1])) return { phrase, head: last, source: titled };
    const name = nameOf(doc, first, k - 1);
    if (name) return { phrase, head: k - 1, source: name };
    if (!isTitle(doc.tokens[k - 1])) {
      let head = k - 1;
      while (head > first && !NOUNISH.has(posOf(doc, head))) head--;
      return { phrase, head, source: phrase };
    }
    // "Ambassador to Peru Ann Veld" names the person at the end; "a spokesman for the agency" does not.
    const named = nameOf(doc, first, last);
    return named ? { phrase, head: last, source: named } : { phrase, head: k - 1, source: phrase };
  }
  return { phrase, head: last, source: nameOf(doc, first, last) ?? phrase };
}

/** "the 45-year-old": an age written as a noun, ending at token k. */
export function isAge(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t[k].text === 'old' && t[k - 1]?.text === '-' && (t[k - 2]?.text === 'year' || t[k - 2]?.text === 'years') && t[k - 3]?.text === '-' && t[k - 4]?.pos === 'NUM';
}

/** Walks left from `end` over one noun phrase; returns its first token, or -1. */
export function phraseStart(doc: Doc, end: number, limit: number): number {
  const head = doc.tokens[end];
  if (!NOUNISH.has(posOf(doc, end)) && !(head.pos === 'ADJ' && isCapitalized(head)) && !isAge(doc, end)) return -1;
  let start = end;
  while (start - 1 >= limit && end - start < MAX_PHRASE) {
    const t = doc.tokens[start - 1];
    if (isInside(doc, start - 1)) { start--; continue; }
    // "a leaked letter": a participle between a determiner and the noun.
    if (t.pos === 'VERB' && t.text.endsWith('ed') && start - 2 >= limit && doc.tokens[start - 2].pos === 'DET') { start--; continue; }
    // "its own figures" (and on: "an analysis of its own figures").
    if (POSSESSIVE_PRONOUNS.has(t.text.toLowerCase())) { start--; continue; }
    const before = doc.tokens[start - 2];
    if (isQuoteMark(t.text)) {
      // "The “Notes” page": a quoted name inside the phrase.
      const open = quotedNameStart(doc, start - 1, limit);
      if (open < 0) break;
      start = open;
      continue;
    }
    // "other sites such as Acme.com": a class and its examples.
    if (t.text.toLowerCase() === 'as' && before?.text.toLowerCase() === 'such' && start - 3 >= limit && NOUNISH.has(posOf(doc, start - 3))) {
      start -= 3;
      continue;
    }
    const adjectiveLink = before?.pos === 'ADJ' && (t.text === 'with' || t.text === 'to');
    if (LINKS.has(t.text.toLowerCase()) && before && start - 2 >= limit && (NOUNISH.has(posOf(doc, start - 2)) || isPossessive(before) || adjectiveLink)) {
      start -= 2;
      continue;
    }
    break;
  }
  // A phrase never starts with a linking word or a possessive mark.
  while (start < end && (LINKS.has(doc.tokens[start].text.toLowerCase()) || isPossessive(doc.tokens[start]))) start++;
  return start;
}

const MAX_QUOTED_NAME = 4;

/** The opening mark of a short quoted name ending at the closing mark `close`, after a determiner; or -1. */
function quotedNameStart(doc: Doc, close: number, limit: number): number {
  for (let open = close - 1; open >= limit && close - open <= MAX_QUOTED_NAME + 1; open--) {
    const t = doc.tokens[open];
    if (isQuoteMark(t.text)) return open === close - 1 || open - 1 < limit || doc.tokens[open - 1].pos !== 'DET' ? -1 : open;
    if (!isCapitalized(t)) return -1;
  }
  return -1;
}


export function namedAfter(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.pos === 'DET') return doc.tokens[k + 1] !== undefined && isCapitalized(doc.tokens[k + 1]);
  return isCapitalized(t);
}


/**
 * "and" at k joins two names ("the Port Authority and the City Council"), not two titles of one
 * person ("State Councillor and Foreign Minister Ann Veld").
 */
export function joinsNames(doc: Doc, k: number, last: number, first = k - 1): boolean {
  if (doc.tokens[k].text.toLowerCase() !== 'and') return false;
  const before = doc.tokens[k - 1];
  let right = k + 1;
  const determiner = right <= last && words.determiners.has(doc.tokens[right].text.toLowerCase());
  if (determiner) right++;
  if (right > last) return false;
  // "Ann Veld of The Harbour and Bay": after a preposition, "and" is inside the name it leads to,
  // unless a determiner opens a second phrase ("the Ministry of Health and the Ministry of Trade").
  if (!determiner) for (let j = first + 1; j < k; j++) if (PREPOSITIONS.has(doc.tokens[j].text.toLowerCase())) return false;
  const after = doc.tokens[right];
  return isCapitalized(before) && !isTitle(before) && isCapitalized(after) && !isTitle(after) && isCapitalized(doc.tokens[last]);
}
