/**
 * Pass 2: from raw runs to name mentions. Drops leading articles and trailing small words,
 * takes a title off the front ("Chinese State Councilor and Foreign Minister | Qin Gang"),
 * splits lists joined by "and", a place before a person ("United States | Jane Doe"),
 * and place pairs used as adjectives ("China-Russia relations").
 */
import { particleBefore, type Run } from './1-runs.js';
import { isAcronym, type TokenView } from './0-tokens.js';
import {
  CONNECTORS, DEMONYMS, EVENT_HEADS, GIVEN_NAMES, GROUP_WORDS, INITIATIVE_HEADS, LONGEST_PLACE, ORGANIZATION_HEADS, PLACES, PLACE_HEADS,
  TITLE_HEADS, isTitleWord, type PlaceEntry,
} from './lexicon.js';

export interface Candidate extends Run {
  sentence: number;
  /** Title words in front of the name, token indices inclusive. */
  title?: Run;
  /** Country named by a demonym or place at the start of the title ("Chinese" → China). */
  affiliation?: string;
  /** Lexicon entry when the whole name is a known place. */
  place?: PlaceEntry;
  /** Every word was capitalised only where any word may be (sentence start, headline). */
  tentative: boolean;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words for members of a group: "Texans", "Scientologist", "Israelites". */
export const GROUP_ENDING = /(?:ans|ists?|ites)$/;
const TITLE_GLUE = new Set(['and', 'of', 'to', 'for', 'the']);

export function shapeRuns(view: TokenView, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    const trimmed = trim(view, run);
    if (trimmed) for (const part of splitRun(view, trimmed)) finish(view, part, out);
  }
  return out;
}

function trim(view: TokenView, run: Run): Run | null {
  let { first, last } = run;
  const { lower, level } = view;
  while (first <= last && !particleBefore(view, first) && (ARTICLES.has(lower[first]) || CONNECTORS.has(view.doc.tokens[first].text) || level[first] === 0)) first++;
  const attached = (i: number) => i > first && isHyphen(view, i - 1);
  while (last >= first && !attached(last) && (CONNECTORS.has(view.doc.tokens[last].text) || level[last] === 0 || isHyphen(view, last))) last--;
  return first <= last ? { first, last } : null;
}

const isHyphen = (view: TokenView, i: number) => view.doc.tokens[i].type === 'punctuation';

/** The name after a title prefix, with the title; the run itself when it has no title. */
function splitTitle(view: TokenView, run: Run): { name: Run | null; title?: Run; affiliation?: string } {
  const { lower } = view;
  let i = run.first;
  let lastTitle = -1;
  let hasHead = false;
  let affiliation: string | undefined;
  // "U.S. President X", "Acme CEO X": a place or an acronym before the title is the affiliation.
  const place = placeAt(view, run.first, run.last);
  const owner = place >= 0 ? place : isAcronym(view.doc.tokens[run.first].text) ? run.first : -1;
  if (owner >= 0 && owner < run.last && TITLE_HEADS.has(lower[owner + 1]) || (owner >= 0 && isTitleWord(lower[owner + 1] ?? '') && TITLE_HEADS.has(lower[owner + 2] ?? ''))) {
    const text = nameText(view, { first: run.first, last: owner });
    affiliation = PLACES.get(text.toLowerCase())?.country ?? text;
    i = owner + 1;
  }
  while (i <= run.last) {
    const w = lower[i];
    if (i === run.first && DEMONYMS.has(w)) { affiliation = DEMONYMS.get(w); i++; continue; }
    if (isTitleWord(w)) { lastTitle = i; hasHead ||= TITLE_HEADS.has(w); i++; continue; }
    if (TITLE_GLUE.has(w) && lastTitle >= 0) {
      const place = placeAt(view, i + (lower[i + 1] === 'the' ? 1 : 0) + 1, run.last);
      if (place > 0 && lower[i] !== 'and') { lastTitle = place; i = place + 1; continue; }
      i++; continue;
    }
    break;
  }
  if (!hasHead) return { name: run };
  const name = { first: lastTitle + 1, last: run.last };
  const title = { first: firstTitleWord(view, run.first, lastTitle), last: lastTitle };
  if (name.first > name.last) return { name: null, title, affiliation };
  // "General Assembly", "Foreign Ministry": the title words belong to the organization's name;
  // "President of Acme University": a title, then the organization.
  if (endsInHead(lower[name.last])) return TITLE_GLUE.has(lower[name.first]) ? { name } : { name: run };
  return { name, title, affiliation };
}

/** Where the title proper starts, after any country or demonym. */
function firstTitleWord(view: TokenView, first: number, last: number): number {
  let i = first;
  while (i < last && !isTitleWord(view.lower[i])) i++;
  return i;
}

const endsInHead = (w: string) => ORGANIZATION_HEADS.has(w) || INITIATIVE_HEADS.has(w) || PLACE_HEADS.has(w);

/** The last token of the longest known place starting at `from`, or -1. */
export function placeAt(view: TokenView, from: number, limit: number): number {
  let text = '';
  let found = -1;
  for (let i = from; i <= limit && i < from + LONGEST_PLACE; i++) {
    text = i === from ? view.lower[i] : `${text}${view.doc.tokens[i].space ? ' ' : ''}${view.lower[i]}`;
    if (PLACES.has(text)) found = i;
  }
  return found;
}

/** "A and B" is two names unless it reads as one name ("Belt and Road Initiative"). */
function splitRun(view: TokenView, run: Run): Run[] {
  const { lower } = view;
  for (let i = run.first + 1; i < run.last; i++) {
    if (lower[i] === 'of' && !isPlace(view, run)) {
      const left = { first: run.first, last: i - 1 };
      const right = { first: lower[i + 1] === 'the' ? i + 2 : i + 1, last: run.last };
      // "Critics of X" at a sentence start: only X is a name.
      if (allTentative(view, left) && !hasTitleIn(lower, left)) return splitRun(view, right);
      // "Jane Doe of the Acme Party": a person, then where they belong.
      const bodyHead = ORGANIZATION_HEADS.has(lower[left.last]) || PLACE_HEADS.has(lower[left.last]) || TITLE_HEADS.has(lower[left.last]);
      const person = left.last > left.first && !bodyHead && (!hasHeadIn(lower, left) || (GIVEN_NAMES.has(lower[left.first]) && left.last - left.first <= 2));
      if (person) return [...splitRun(view, left), ...splitRun(view, right)];
      // "Acme State University of the US": a full name, then its country.
      if (isPlace(view, right) && (left.last - left.first >= 2 || hasOf(lower, left))) return [...splitRun(view, left), right];
      continue;
    }
    // "Acme Project in Springfield", "Acme Museum at Fort Bragg Air Base": a name, then where it is.
    if ((lower[i] === 'in' || lower[i] === 'at') && placeLike(view, { first: i + 1, last: run.last })) {
      return [...splitRun(view, { first: run.first, last: i - 1 }), ...splitRun(view, { first: lower[i + 1] === 'the' ? i + 2 : i + 1, last: run.last })];
    }
    if (lower[i] !== 'and') continue;
    const left = { first: run.first, last: i - 1 };
    const right = { first: lower[i + 1] === 'the' ? i + 2 : i + 1, last: run.last };
    const oneName = endsInHead(lower[run.last]) && lower[i + 1] !== 'the' && !hasHeadIn(lower, left)
      && placeAt(view, left.first, left.last) !== left.last && !TITLE_HEADS.has(lower[left.last]);
    if (oneName || (TITLE_HEADS.has(lower[i - 1]) && isTitleWord(lower[right.first]))) continue;
    return [...splitRun(view, left), ...splitRun(view, right)];
  }
  return [run];
}

/** A known place, or a name ending in a place head ("... Air Force Base"). */
function placeLike(view: TokenView, run: Run): boolean {
  const first = view.lower[run.first] === 'the' ? run.first + 1 : run.first;
  return isPlace(view, { first, last: run.last }) || PLACE_HEADS.has(view.lower[run.last]);
}

function hasOf(lower: string[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (lower[i] === 'of') return true;
  return false;
}

const isPlace = (view: TokenView, run: Run) => placeAt(view, run.first, run.last) === run.last;

function allTentative(view: TokenView, run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (view.level[i] === 2) return false;
  return true;
}

function hasTitleIn(lower: string[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (TITLE_HEADS.has(lower[i])) return true;
  return false;
}

function hasHeadIn(lower: string[], run: Run): boolean {
  for (let i = run.first; i <= run.last; i++) if (endsInHead(lower[i])) return true;
  return false;
}

function finish(view: TokenView, run: Run, out: Candidate[]): void {
  const sentence = view.doc.tokens[run.first].sentence;
  if (onlyTitleWords(view, run)) return;
  const { name, title, affiliation } = splitTitle(view, run);
  if (!name) return;
  const trimmed = trim(view, dropGroupWord(view, name));
  if (!trimmed || onlyTitleWords(view, trimmed)) return;
  // A place or an organization right before a given name is two names: "United States Jane Doe",
  // "Acme Council Jane Doe", "NASA Jane Doe".
  const owner = ownerBeforeGivenName(view, trimmed);
  if (owner >= 0 && !title) {
    push(view, { first: trimmed.first, last: owner }, out, sentence);
    push(view, { first: owner + 1, last: trimmed.last }, out, sentence);
    return;
  }
  // Places joined by hyphens and used as a modifier: "China-Russia relations".
  const pair = placePair(view, trimmed);
  if (pair) { for (const part of pair) push(view, part, out, sentence); return; }
  push(view, trimmed, out, sentence, title, affiliation);
}

/** "Scientologist Jane Doe", "Catholic Jane Doe": a group word before a given name is no part of the name. */
function dropGroupWord(view: TokenView, run: Run): Run {
  const word = view.doc.tokens[run.first].text;
  const grouping = GROUP_WORDS.has(word) || GROUP_ENDING.test(word);
  return grouping && run.first < run.last && GIVEN_NAMES.has(view.lower[run.first + 1]) ? { first: run.first + 1, last: run.last } : run;
}

/** The last token of a place, organization or acronym followed by a person's name in the run, or -1. */
function ownerBeforeGivenName(view: TokenView, run: Run): number {
  const { lower, doc } = view;
  if (endsInHead(lower[run.last])) return -1;
  const place = placeAt(view, run.first, run.last);
  if (place >= 0 && place < run.last - 1 && GIVEN_NAMES.has(lower[place + 1])) return place;
  let named = false;
  for (let i = run.first; i < run.last - 1; i++) {
    const owner = ORGANIZATION_HEADS.has(lower[i]) || isAcronym(doc.tokens[i].text);
    named ||= owner;
    if (!GIVEN_NAMES.has(lower[i + 1])) continue;
    // Right after the head ("Acme Council Jane Doe"), or ending the run as "Given Surname".
    if ((owner && run.last - i <= 3) || (named && run.last - i === 2)) return i;
  }
  return -1;
}

function onlyTitleWords(view: TokenView, run: Run): boolean {
  if (hasHeadIn(view.lower, run)) return false;
  for (let i = run.first; i <= run.last; i++) {
    const w = view.lower[i];
    if (!isTitleWord(w) && !DEMONYMS.has(w) && !CONNECTORS.has(view.doc.tokens[i].text)) return false;
  }
  return true;
}

function placePair(view: TokenView, run: Run): Run[] | null {
  const parts: Run[] = [];
  let i = run.first;
  while (i <= run.last) {
    const end = placeAt(view, i, run.last);
    if (end < 0) return null;
    parts.push({ first: i, last: end });
    if (end === run.last) break;
    if (!isHyphen(view, end + 1)) return null;
    i = end + 2;
  }
  return parts.length > 1 ? parts : null;
}

function push(view: TokenView, run: Run, out: Candidate[], sentence: number, title?: Run, affiliation?: string): void {
  const text = nameText(view, run).toLowerCase();
  let tentative = true;
  for (let i = run.first; i <= run.last; i++) if (view.level[i] === 2) tentative = false;
  if (!isEntityName(view, run, text)) return;
  out.push({ first: run.first, last: run.last, sentence, title, affiliation, place: PLACES.get(text), tentative });
}

/** Demonyms ("Afghans", "South Korean"), group words ("Muslims") and events ("... Festival") are not entities. */
function isEntityName(view: TokenView, run: Run, text: string): boolean {
  if (DEMONYMS.has(text) || (text.endsWith('s') && DEMONYMS.has(text.slice(0, -1)))) return false;
  if (run.first === run.last && GROUP_WORDS.has(view.doc.tokens[run.first].text)) return false;
  // A head word alone ("the Ministry", "the Act") names nothing by itself, unless a capital
  // "The" makes it a title mid-sentence ("read The Guardian").
  if (endsInHead(view.lower[run.last])) return run.first !== run.last || PLACES.has(text) || titledThe(view, run.first);
  for (let i = run.first; i <= run.last; i++) if (EVENT_HEADS.has(view.lower[i])) return false;
  return true;
}

function titledThe(view: TokenView, first: number): boolean {
  const the = view.doc.tokens[first - 1];
  return the !== undefined && the.text === 'The' && !view.initial[first - 1] && ORGANIZATION_HEADS.has(view.lower[first]);
}

/** The name as written, with any run of spaces as one space. */
export function nameText(view: TokenView, run: Run): string {
  const { tokens } = view.doc;
  let text = tokens[run.first].text;
  for (let i = run.first + 1; i <= run.last; i++) text += (tokens[i].space ? ' ' : '') + tokens[i].text;
  return text;
}
