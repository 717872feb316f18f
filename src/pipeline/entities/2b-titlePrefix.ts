/**
 * Pass 2b: a title in front of a name. "Kenyan State Secretary and Trade Minister | Joren Vask"
 * gives the title "State Secretary and Trade Minister" and the affiliation Kenya; so do
 * "U.S. President X", "Acme CEO X" and "Ambassador to the United States X".
 */
import type { Run } from './1-runs.js';
import { isAcronym, type TokenView } from './0-tokens.js';
import { DEMONYMS, PLACES, TITLE_HEADS, isTitleWord } from './lexicon.js';
import { endsInHead, hasTitleIn, nameText, placeAt } from './names.js';

export interface TitleSplit {
  /** The name after the title; null when the run is a title alone. */
  name: Run | null;
  title?: Run;
  affiliation?: string;
}

const TITLE_GLUE = new Set(['and', 'of', 'to', 'for', 'the']);

export function splitTitle(view: TokenView, run: Run): TitleSplit {
  const { lower } = view;
  // A title has a head ("Minister", "CEO"); most runs have none and need no closer look.
  if (!hasTitleIn(lower, run)) return { name: run };
  const affiliation = ownerBeforeTitle(view, run);
  let i = affiliation ? affiliation.next : run.first;
  let lastTitle = -1;
  let hasHead = false;
  let demonym: string | undefined;
  while (i <= run.last) {
    const w = lower[i];
    if (i === run.first && DEMONYMS.has(w)) { demonym = DEMONYMS.get(w); i++; continue; }
    if (isTitleWord(w)) { lastTitle = i; hasHead ||= TITLE_HEADS.has(w); i++; continue; }
    if (TITLE_GLUE.has(w) && lastTitle >= 0) {
      const place = placeAt(view, i + (lower[i + 1] === 'the' ? 1 : 0) + 1, run.last);
      if (place > 0 && w !== 'and') { lastTitle = place; i = place + 1; continue; }
      i++; continue;
    }
    break;
  }
  if (!hasHead) return { name: run };
  const owner = affiliation?.name ?? demonym;
  const name = { first: lastTitle + 1, last: run.last };
  const title = { first: firstTitleWord(view, run.first, lastTitle), last: lastTitle };
  if (name.first > name.last) return { name: null, title, affiliation: owner };
  // "General Assembly", "Foreign Ministry": the title words belong to the organization's name;
  // "President of Acme University": a title, then the organization.
  if (endsInHead(lower[name.last])) return TITLE_GLUE.has(lower[name.first]) ? { name } : { name: run };
  return { name, title, affiliation: owner };
}

/** "U.S. President X", "Acme CEO X": a place or an acronym right before the title words. */
function ownerBeforeTitle(view: TokenView, run: Run): { name: string; next: number } | undefined {
  const { lower } = view;
  const place = placeAt(view, run.first, run.last);
  const owner = place >= 0 ? place : isAcronym(view.doc.tokens[run.first].text) ? run.first : -1;
  if (owner < 0 || owner >= run.last) return undefined;
  const titled = TITLE_HEADS.has(lower[owner + 1]) || (isTitleWord(lower[owner + 1]) && TITLE_HEADS.has(lower[owner + 2] ?? ''));
  if (!titled) return undefined;
  const text = nameText(view, { first: run.first, last: owner });
  return { name: PLACES.get(text.toLowerCase())?.country ?? text, next: owner + 1 };
}

/** Where the title proper starts, after any country or demonym. */
function firstTitleWord(view: TokenView, first: number, last: number): number {
  let i = first;
  while (i < last && !isTitleWord(view.lower[i])) i++;
  return i;
}
