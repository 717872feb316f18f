/**
 * Pass 2c: a run that holds a place or body and then a person's name, with no word between:
 * "United States Jane Doe", "Harbour Council Jane Doe", "WXQ Jane Doe", "Coastal Studies
 * Jane Doe". News does this after a title ("CEO of the Harbour Council Tomas Brill said").
 */
import type { Run } from './1-runs.js';
import { isAcronym, type TokenView } from './0-tokens.js';
import { COMMON_WORDS, GIVEN_NAMES, ORGANIZATION_HEADS, PLACES, isTitleWord } from './lexicon.js';
import { endsInHead, placeAt } from './names.js';

/** Words the article writes as a name on their own ("Brill said"): surnames, if anything. */
export function loneWords(view: TokenView, runs: Run[]): Set<string> {
  const lone = new Set<string>();
  for (const r of runs) if (r.first === r.last && view.level[r.first] > 0) lone.add(view.lower[r.first]);
  return lone;
}

/** The last token of the owner when a person's name follows it in the same run, or -1. */
export function ownerBeforePerson(view: TokenView, run: Run, lone: Set<string>): number {
  const { lower, doc } = view;
  if (endsInHead(lower[run.last])) return -1;
  const place = placeAt(view, run.first, run.last);
  if (place >= 0 && place < run.last - 1 && GIVEN_NAMES.has(lower[place + 1])) return place;
  let named = false;
  let given = false;
  for (let i = run.first; i < run.last - 1; i++) {
    const owner = ORGANIZATION_HEADS.has(lower[i]) || isAcronym(doc.tokens[i].text);
    named ||= owner;
    given ||= GIVEN_NAMES.has(lower[i]);
    const two = run.last - i === 2;
    // A given name, or "Given Surname" whose surname the article also writes alone.
    const person = GIVEN_NAMES.has(lower[i + 1]) || (two && lone.has(lower[run.last]) && plainName(view, i + 1) && plainName(view, i + 2));
    // Right after the head ("Acme Council Jane Doe"), or ending the run as "Given Surname".
    if (person && ((owner && run.last - i <= 3) || (named && two))) return i;
    // "Harbour Council Oren Quist": two words that are no everyday, title or head word.
    if (owner && two && plainName(view, i + 1) && plainName(view, i + 2)) return i;
    // "Coastal Studies Jane Doe": two words and more, none a given name, then "Given Surname".
    if (two && GIVEN_NAMES.has(lower[i + 1]) && i > run.first && !given) return i;
  }
  return -1;
}

/** A word that can only be part of a name: capitalised mid-sentence, no everyday, title, head or place word. */
function plainName(view: TokenView, i: number): boolean {
  const w = view.lower[i];
  return view.level[i] === 2 && view.doc.tokens[i].type === 'word' && !COMMON_WORDS.has(w) && !isTitleWord(w)
    && !endsInHead(w) && !PLACES.has(w) && !isAcronym(view.doc.tokens[i].text);
}
