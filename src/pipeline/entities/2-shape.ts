/**
 * Pass 2: from raw runs to name mentions. Drops leading articles and trailing small words,
 * splits runs that hold several names (2a), takes a title off the front (2b), splits a place
 * or organization before a person (2c: "United States | Jane Doe") and place pairs used as
 * adjectives ("Kenya-Peru relations"), and drops what names no entity (demonyms, events).
 */
import { particleBefore, type Run } from './1-runs.js';
import type { TokenView } from './0-tokens.js';
import { splitRun } from './2a-splitRuns.js';
import { splitTitle } from './2b-titlePrefix.js';
import { loneWords, ownerBeforePerson } from './2c-ownerThenPerson.js';
import {
  CONNECTORS, DEMONYMS, EVENT_HEADS, GIVEN_NAMES, GROUP_WORDS, ORGANIZATION_HEADS, PLACES, isTitleWord, type PlaceEntry,
} from './lexicon.js';
import { endsInHead, hasHeadIn, isHyphen, isPlace, nameText, placeAt } from './names.js';

export interface Candidate extends Run {
  sentence: number;
  /** The name as written (see nameText), without any shared head. */
  written: string;
  /** Title words in front of the name, token indices inclusive. */
  title?: Run;
  /** Country named by a demonym or place at the start of the title ("Kenyan" → Kenya). */
  affiliation?: string;
  /** Lexicon entry when the whole name is a known place. */
  place?: PlaceEntry;
  /** Every word was capitalised only where any word may be (sentence start, headline). */
  tentative: boolean;
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words for members of a group: "Ohioans", "Methodist", "Israelites". */
export const GROUP_ENDING = /(?:ans|ists?|ites)$/;

export function shapeRuns(view: TokenView, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  const lone = loneWords(view, runs);
  for (const run of runs) {
    const trimmed = trim(view, run);
    if (!trimmed || (quotedWhole(view, trimmed) && !PLACES.has(nameText(view, trimmed).toLowerCase()))) continue;
    for (const part of splitRun(view, trimmed)) finish(view, part, out, lone);
  }
  return out;
}

function trim(view: TokenView, run: Run): Run | null {
  let { first, last } = run;
  while (first <= last && (isSmall(view, first) || ARTICLES.has(view.lower[first])) && !particleBefore(view, first)) first++;
  // A small word joined by a hyphen stays ("Ji-hoon", "bin" in "Lung-bin").
  while (last >= first && !(last > first && isHyphen(view, last - 1)) && (isSmall(view, last) || isHyphen(view, last))) last--;
  return first <= last ? { first, last } : null;
}

/** A small word of names, or no name word at all. */
function isSmall(view: TokenView, i: number): boolean {
  return view.level[i] === 0 || CONNECTORS.has(view.doc.tokens[i].text);
}

function finish(view: TokenView, run: Run, out: Candidate[], lone: Set<string>): void {
  if (onlyTitleWords(view, run) && !run.sharedHead) return;
  // A name that shares a head ("Justice" in "the State and Justice Departments") has no title in front.
  const { name, title, affiliation } = run.sharedHead ? { name: run, title: undefined, affiliation: undefined } : splitTitle(view, run);
  if (!name) return;
  const trimmed = trim(view, dropGroupWord(view, name, lone));
  if (!trimmed || (onlyTitleWords(view, trimmed) && !run.sharedHead)) return;
  const owner = ownerBeforePerson(view, trimmed, lone);
  if (owner >= 0) {
    // "Acme Boxing Association President Jane Doe": the title words before the person are hers, and the body her affiliation.
    const body = titleAfterBody(view, trimmed.first, owner);
    if (body < owner && !title) {
      push(view, { first: trimmed.first, last: body }, out);
      push(view, { first: owner + 1, last: trimmed.last }, out, { first: body + 1, last: owner }, nameText(view, { first: trimmed.first, last: body }));
      return;
    }
    push(view, { first: trimmed.first, last: owner }, out);
    push(view, { first: owner + 1, last: trimmed.last }, out, title, affiliation);
    return;
  }
  const pair = placePair(view, trimmed);
  if (pair) { for (const part of pair) push(view, part, out); return; }
  // "Director of Acme": the title's holder is not named; what follows is what they belong to.
  if (title && BELONGING.has(view.lower[name.first])) { push(view, trimmed, out); return; }
  if (run.sharedHead) trimmed.sharedHead = run.sharedHead;
  push(view, trimmed, out, title, affiliation);
}

const BELONGING = new Set(['of', 'for', 'at']);

/** The last token of a body's name that title words follow up to `last` ("... Association" + "President"); `last` where none does. */
function titleAfterBody(view: TokenView, first: number, last: number): number {
  let i = last;
  while (i > first && isTitleWord(view.lower[i]) && !endsInHead(view.lower[i])) i--;
  return i < last && endsInHead(view.lower[i]) ? i : last;
}

/**
 * "Methodist Jane Doe", "Republican Jane Doe": a group word before a person's name is no part of it.
 * The name is a person's where it opens with a given name, or is two words whose second the
 * article also writes alone ("Doe said").
 */
function dropGroupWord(view: TokenView, run: Run, lone: Set<string>): Run {
  const word = view.doc.tokens[run.first].text;
  const grouping = GROUP_WORDS.has(word) || GROUP_ENDING.test(word);
  if (!grouping || run.first === run.last) return run;
  const person = GIVEN_NAMES.has(view.lower[run.first + 1]) || (run.last === run.first + 2 && lone.has(view.lower[run.last]));
  // "West Virginia" is a place, not "West" and a woman's name.
  return person && !isPlace(view, run) ? { first: run.first + 1, last: run.last } : run;
}

/** "Foreign Minister", "Kenyan State": title words and demonyms name nobody. */
function onlyTitleWords(view: TokenView, run: Run): boolean {
  if (hasHeadIn(view.lower, run)) return false;
  for (let i = run.first; i <= run.last; i++) {
    const w = view.lower[i];
    if (!isTitleWord(w) && !DEMONYMS.has(w) && !CONNECTORS.has(view.doc.tokens[i].text)) return false;
  }
  return true;
}

/** Places joined by hyphens and used as a modifier: "Kenya-Peru relations". */
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

function push(view: TokenView, run: Run, out: Candidate[], title?: Run, affiliation?: string): void {
  const candidate = candidateOf(view, run, title, affiliation);
  if (candidate) out.push(candidate);
}

/** A run of tokens as a name candidate; null where it names no entity (a demonym, an event, a head word alone). */
export function candidateOf(view: TokenView, run: Run, title?: Run, affiliation?: string): Candidate | null {
  const written = nameText(view, run);
  const text = written.toLowerCase();
  let tentative = true;
  for (let i = run.first; i <= run.last; i++) if (view.level[i] === 2) tentative = false;
  if (!isEntityName(view, run, text)) return null;
  const sentence = view.doc.tokens[run.first].sentence;
  return { first: run.first, last: run.last, sharedHead: run.sharedHead, sentence, written, title, affiliation, place: PLACES.get(text), tentative };
}

/** Demonyms ("Afghans", "South Korean"), group words ("Muslims") and events ("... Festival") are not entities. */
function isEntityName(view: TokenView, run: Run, text: string): boolean {
  if (quotedWhole(view, run) && !PLACES.has(text)) return false;
  if (DEMONYMS.has(text) || (text.endsWith('s') && DEMONYMS.has(text.slice(0, -1)))) return false;
  if (run.first === run.last && GROUP_WORDS.has(view.doc.tokens[run.first].text)) return false;
  // A head word alone ("the Ministry", "the Act") names nothing by itself, unless a capital
  // "The" makes it a title mid-sentence ("read The Courier").
  if (endsInHead(view.lower[run.last])) return run.first !== run.last || PLACES.has(text) || titledThe(view, run.first);
  for (let i = run.first; i <= run.last; i++) if (EVENT_HEADS.has(view.lower[i])) return false;
  return true;
}

/** "Better Days", in quotation marks and nothing else: the title of a work, or a nickname. */
function quotedWhole(view: TokenView, run: Run): boolean {
  const before = view.doc.tokens[run.first - 1];
  const next = view.doc.tokens[run.last + 1];
  const after = next !== undefined && (next.text === ',' || next.text === '.') ? view.doc.tokens[run.last + 2] : next;
  return before !== undefined && after !== undefined && OPENING_QUOTES.has(before.text) && CLOSING_QUOTES.has(after.text);
}

const OPENING_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'"]);

function titledThe(view: TokenView, first: number): boolean {
  const the = view.doc.tokens[first - 1];
  return the !== undefined && the.text === 'The' && !view.initial[first - 1] && ORGANIZATION_HEADS.has(view.lower[first]);
}
