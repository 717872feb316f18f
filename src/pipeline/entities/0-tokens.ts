/**
 * Pass 0: what each token looks like as a possible piece of a name. One linear pass over
 * the document, then O(1) Set lookups per token.
 */
import type { Doc, DocToken } from '../doc.js';
import { DEMONYMS, GIVEN_NAMES, NON_NAME_PREFIXES, NOT_NAMES, PLACES, WEB_DOMAINS, isTitleWord } from './lexicon.js';

/** 0 = not a name word; 1 = capitalised where any word is (sentence start, headline); 2 = a name word. */
export type NameLevel = 0 | 1 | 2;

export interface TokenView {
  doc: Doc;
  lower: string[];
  level: NameLevel[];
  /** The token starts a sentence, a quotation or a line, or stands in a title-case headline. */
  initial: boolean[];
  /** Words the article writes both capitalised and in lower case somewhere (lower-cased). */
  common: Set<string>;
  /** Per token: 1 on a Title Case headline, 2 on a line in capitals (SHOUTED), else 0. */
  line: Uint8Array;
}

const SENTENCE_ENDS = new Set(['.', '!', '?']);
const MAX_HEADLINE_WORDS = 20;
/** Mark of a line in capitals (1 marks a Title Case headline). */
export const SHOUTED = 2;
const LINE_ENDS = new Set(['.', '!', '?', ':', ';', ',', '”', '"', ')']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ')', ':', '—', '–', '«']);
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADV', 'INTJ', 'NUM', 'VERB']);
const UPPER = /^\p{Lu}/u;
/** A well-formed Roman numeral of two letters or more ("XVII"); not "ICC" or "CIC", which are acronyms. */
const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LETTERS_UPPER = /^(?:\p{Lu}\.?){2,}$|^\p{Lu}{2,}s?$|^\p{Lu}+&\p{Lu}+$/u;

export const isCapitalized = (t: DocToken): boolean => t.type === 'word' && startsUpper(t.text);
export const isAcronym = (text: string): boolean => !lowerSecond(text) && LETTERS_UPPER.test(text);

/** The second letter is ASCII lower case ("Doe"): no acronym, told without the regex. */
function lowerSecond(text: string): boolean {
  const code = text.charCodeAt(1);
  return code >= 97 && code <= 122;
}

/** First letter upper case: a char-code test for ASCII, the Unicode class only beyond it. */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text);
}

export function viewTokens(doc: Doc): TokenView {
  const { tokens } = doc;
  const n = tokens.length;
  const lower = new Array<string>(n);
  const initial = new Array<boolean>(n).fill(false);
  const cap = new Uint8Array(n);
  // Lower-case forms of capitalised words: only these are ever asked about in lower case.
  const capitalisedForms = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    lower[i] = t.text.toLowerCase();
    if (t.type === 'word' && startsUpper(t.text)) {
      cap[i] = 1;
      // Each capitalised form answers to itself and, if plural, to its singular ("girl" → "girls").
      capitalisedForms.set(lower[i], lower[i]);
      const singular = singularOf(lower[i]);
      if (singular && !capitalisedForms.has(singular)) capitalisedForms.set(singular, lower[i]);
    }
  }
  // Words capitalised mid-sentence: alone ("said Doe") or beside other capitals ("New Acme Party").
  const capsAlone = new Set<string>();
  const capsInName = new Set<string>();
  const seenLower = new Set<string>();
  const titleCase = titleCaseLines(tokens, cap);
  for (const sentence of doc.sentences) {
    let atStart = !continuesWebAddress(tokens, sentence.first);
    for (let i = sentence.first; i <= sentence.last; i++) {
      const t = tokens[i];
      if (t.type === 'word') {
        initial[i] = atStart || titleCase[i] > 0;
        if (cap[i] === 0) noteLowerCase(lower[i], capitalisedForms, seenLower);
        else if (!initial[i]) (besideCapital(tokens, cap, i) ? capsInName : capsAlone).add(t.text);
        atStart = false;
      } else if (t.type === 'tabCRLF' || OPENERS.has(t.text) || SENTENCE_ENDS.has(t.text) || isSpacedDash(t)) {
        atStart = true;
      }
    }
  }
  const level = new Array<NameLevel>(n);
  for (let i = 0; i < n; i++) level[i] = cap[i] === 0 ? 0 : levelOf(i);
  return { doc, lower, level, initial, common: seenLower, line: titleCase };

  /** The level of a capitalised token. */
  function levelOf(i: number): NameLevel {
    const t = tokens[i];
    if (NOT_NAMES.has(t.text) || ROMAN.test(t.text)) return 0;
    const l = lower[i];
    if (l.includes('-') && NON_NAME_PREFIXES.some((prefix) => l.startsWith(prefix))) return 0;
    if (!initial[i]) return 2;
    // At a sentence start, "New" counts as a name word only if a name follows, as it did mid-sentence.
    const seenMid = capsAlone.has(t.text) || (capsInName.has(t.text) && besideCapital(tokens, cap, i));
    if (PLACES.has(l) || DEMONYMS.has(l) || (isAcronym(t.text) && titleCase[i] !== SHOUTED) || seenMid) return 2;
    if (seenLower.has(l) || FUNCTION_POS.has(t.pos)) return isTitleWord(l) ? 1 : 0;
    // A given name counts only when a capitalised word follows: "Will Doe", not "Will".
    const next = tokens[i + 1];
    if (GIVEN_NAMES.has(l) && titleCase[i] === 0 && next !== undefined && next.space === ' ' && cap[i + 1] === 1) return 2;
    return 1;
  }
}

/**
 * A word written in lower case: note the capitalised form it answers to, the word itself or
 * its plural ("girl" makes "Girls" a common noun too).
 */
function noteLowerCase(word: string, capitalised: Map<string, string>, common: Set<string>): void {
  const form = capitalised.get(word);
  if (form !== undefined) common.add(form);
}

export function singularOf(plural: string): string | null {
  if (plural.length < 4 || !plural.endsWith('s') || plural.endsWith('ss')) return null;
  return plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
}

/** wink-nlp starts a sentence at "com" in "Acme.com"; the sentence really goes on. */
function continuesWebAddress(tokens: DocToken[], first: number): boolean {
  const dot = tokens[first - 1];
  return dot !== undefined && dot.text === '.' && dot.end === tokens[first].start && WEB_DOMAINS.has(tokens[first].text.toLowerCase());
}

function besideCapital(tokens: DocToken[], cap: Uint8Array, i: number): boolean {
  return (cap[i + 1] === 1 && tokens[i + 1].space === ' ') || (cap[i - 1] === 1 && tokens[i].space === ' ');
}

/** " - " between spaces is a dash, as after a dateline. */
const isSpacedDash = (t: DocToken) => t.text === '-' && t.space !== '';

/**
 * Per token: it stands on a headline in Title Case, where capitals say nothing. A headline
 * ends without a full stop; a sentence full of names ("the Acme Foundation, the National
 * Park Service.") does not count.
 */
function titleCaseLines(tokens: DocToken[], cap: Uint8Array): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].type !== 'tabCRLF') continue;
    let end = i - 1;
    while (end >= lineStart && tokens[end].type === 'tabCRLF') end--;
    if (end >= lineStart && isShouted(tokens, cap, lineStart, end)) marks.fill(SHOUTED, lineStart, i);
    else if (end >= lineStart && !LINE_ENDS.has(tokens[end].text.slice(-1)) && isTitleCase(tokens, cap, lineStart, end)) marks.fill(1, lineStart, i);
    lineStart = i + 1;
  }
  return marks;
}

/** A line written all in capitals: neither capitals nor acronyms say anything there. */
function isShouted(tokens: DocToken[], cap: Uint8Array, first: number, last: number): boolean {
  let words = 0;
  let lower = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || t.text.length < 2) continue;
    words++;
    // Most lines give up at once: their first words have a lower-case letter.
    if (cap[i] === 0 || !upperSecond(t.text)) lower++;
    if (lower > 2 && lower > words * 0.2) return false;
  }
  return words >= 4 && lower <= words * 0.2;
}

/** The second letter is upper case too ("NATO", "GENEVA"), by char code for ASCII. */
function upperSecond(text: string): boolean {
  const code = text.charCodeAt(1);
  if (code < 128) return !(code >= 97 && code <= 122);
  return text[1] === text[1].toUpperCase();
}

function isTitleCase(tokens: DocToken[], cap: Uint8Array, first: number, last: number): boolean {
  let words = 0;
  let capitalized = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (t.type !== 'word' || t.text.length < 4) continue;
    words++;
    capitalized += cap[i];
  }
  return words >= 3 && words <= MAX_HEADLINE_WORDS && capitalized / words >= 0.7;
}
