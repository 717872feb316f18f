/** Small questions passes 2 and 3 ask about a stretch of tokens: its text, places, heads. */
import type { Run } from './1-runs.js';
import type { TokenView } from './0-tokens.js';
import { ANY_HEADS, COMMON_WORDS, CREDIT_LABELS, GIVEN_NAMES, LONGEST_PLACE, PLACES, PLACE_PREFIXES_SEEN, PLACE_HEADS, TITLE_HEADS } from './lexicon.js';

/** The name as written, with any run of spaces as one space. */
export function nameText(view: TokenView, run: Run): string {
  const { tokens } = view.doc;
  let text = tokens[run.first].text;
  for (let i = run.first + 1; i <= run.last; i++) text += (tokens[i].space ? ' ' : '') + tokens[i].text;
  return text;
}

/** The last token of the longest known place starting at `from`, or -1. */
export function placeAt(view: TokenView, from: number, limit: number): number {
  let text = '';
  let found = -1;
  for (let i = from; i <= limit && i < from + LONGEST_PLACE; i++) {
    text = i === from ? view.lower[i] : `${text}${view.doc.tokens[i].space ? ' ' : ''}${view.lower[i]}`;
    if (!PLACE_PREFIXES_SEEN.has(text)) break;
    if (PLACES.has(text)) found = i;
  }
  return found;
}

export const isPlace = (view: TokenView, run: Run) => placeAt(view, run.first, run.last) === run.last;

/** A known place, or a name ending in a place head ("... Air Force Base"). */
export function placeLike(view: TokenView, run: Run): boolean {
  const first = view.lower[run.first] === 'the' ? run.first + 1 : run.first;
  return isPlace(view, { first, last: run.last }) || PLACE_HEADS.has(view.lower[run.last]);
}

export const isHyphen = (view: TokenView, i: number) => view.doc.tokens[i].type === 'punctuation';

export const endsInHead = (w: string) => ANY_HEADS.has(w);

export function hasHeadIn(lower: string[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (endsInHead(lower[i])) return true;
  return false;
}

export function hasTitleIn(lower: string[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (TITLE_HEADS.has(lower[i])) return true;
  return false;
}

export function hasOf(lower: string[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (lower[i] === 'of') return true;
  return false;
}

/** Every word was capitalised only where any word is (sentence start, headline). */
export function allTentative(view: TokenView, run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (view.level[i] === 2) return false;
  return true;
}

/** "Lamps", "Libraries": the plural of an everyday word, which ends names of things, not people. */
export function isPluralThing(lower: string): boolean {
  if (lower.length <= 4 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  return COMMON_WORDS.has(lower) || COMMON_WORDS.has(lower.slice(0, -1)) || (lower.endsWith('ies') && COMMON_WORDS.has(`${lower.slice(0, -3)}y`));
}

/** "Image: Ann Veld." / "Video: Ann Veld & Tom Ray.": the run follows a credit label and its colon. */
export function isCredited(view: TokenView, first: number): boolean {
  const { tokens } = view.doc;
  let colon = first - 1;
  // After "&", the credit goes back over the names before it, a few words at most.
  if (tokens[colon]?.text === '&') while (colon > first - MAX_CREDIT && colon > 0 && tokens[colon].text !== ':' && tokens[colon].type !== 'tabCRLF') colon--;
  return colon >= 1 && tokens[colon].text === ':' && CREDIT_LABELS.has(tokens[colon - 1].text);
}

const MAX_CREDIT = 8;

/**
 * An everyday word that opens names of things more than of people ("silver", "launch"): not a
 * given name too, and not short, as short words are mostly small words that are names ("Per").
 */
export const isEveryday = (lower: string) => lower.length >= 4 && COMMON_WORDS.has(lower) && !GIVEN_NAMES.has(lower);
