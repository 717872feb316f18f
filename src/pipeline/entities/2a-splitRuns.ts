/**
 * Pass 2a: where one run holds several names. "A and B" is two names unless it reads as one
 * ("Clean Rivers and Forests Initiative"); "Jane Doe of the Acme Party" is a person and a party; "Acme
 * State University of the US" a university and a country; "Acme Project in Springfield" a
 * project and a place.
 */
import type { Run } from './1-runs.js';
import { isAcronym, singularOf, type TokenView } from './0-tokens.js';
import { CONNECTORS, GIVEN_NAMES, SHARED_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS, isTitleWord } from './lexicon.js';
import { isCredited, allTentative, endsInHead, hasHeadIn, hasOf, hasTitleIn, isPlace, placeAt, placeLike } from './names.js';

export function splitRun(view: TokenView, run: Run): Run[] {
  const { lower } = view;
  for (let i = run.first + 1; i < run.last; i++) {
    const left = { first: run.first, last: i - 1 };
    const right = { first: lower[i + 1] === 'the' ? i + 2 : i + 1, last: run.last };
    if (lower[i] === 'of' && !isPlace(view, run)) {
      // "Critics of X" at a sentence start: only X is a name.
      if (allTentative(view, left) && !hasTitleIn(lower, left)) return splitRun(view, right);
      if (ownerOf(view, left)) return [...splitRun(view, left), ...splitRun(view, right)];
      // "Acme State University of the US": a body, then its country; "Acme Rowing Society of Norway" is one name.
      if (isPlace(view, right) && lower[i + 1] === 'the' && (left.last - left.first >= 2 || hasOf(lower, left))) return [...splitRun(view, left), right];
      continue;
    }
    if ((lower[i] === 'in' || lower[i] === 'at') && placeLike(view, { first: i + 1, last: run.last })) {
      return [...splitRun(view, left), ...splitRun(view, right)];
    }
    // "Video: Ann Veld & Tom Ray": a credit names each maker.
    if (lower[i] === '&' && isCredited(view, run.first)) return [left, ...splitRun(view, { first: i + 1, last: run.last })];
    if (lower[i] !== 'and') continue;
    const shared = sharedHead(view, run, left, i);
    if (shared) return [{ ...left, sharedHead: shared }, { first: i + 1, last: run.last - 1, sharedHead: shared }];
    const oneName = endsInHead(lower[run.last]) && lower[i + 1] !== 'the' && !hasHeadIn(lower, left)
      && placeAt(view, left.first, left.last) !== left.last && !TITLE_HEADS.has(lower[left.last]);
    // "State Councilor and Foreign Minister": one title.
    if (oneName || (TITLE_HEADS.has(lower[i - 1]) && isTitleWord(lower[right.first])) || spelledOut(view, run) || titledThe(view, run)) continue;
    return [...splitRun(view, left), ...splitRun(view, right)];
  }
  return [run];
}

/** "Jane Doe" (of the Acme Party): a person's name of two or more words, not a body or a title. */
function ownerOf(view: TokenView, left: Run): boolean {
  const { lower } = view;
  const last = lower[left.last];
  if (left.last === left.first || ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last) || TITLE_HEADS.has(last)) return false;
  // "Nora Pact", "Anna Charter": a given name and a head word can still be a person.
  return !hasHeadIn(lower, left) || (GIVEN_NAMES.has(lower[left.first]) && left.last - left.first <= 2);
}

/** "Union of Coastal Towns and Harbours (UCTH)": the short form after it has a letter for every word. */
function spelledOut(view: TokenView, run: Run): boolean {
  const { tokens } = view.doc;
  const short = tokens[run.last + 2];
  if (tokens[run.last + 1]?.text !== '(' || short === undefined || tokens[run.last + 3]?.text !== ')' || !isAcronym(short.text)) return false;
  const initials: string[] = [];
  for (let i = run.first; i <= run.last; i++) if (!CONNECTORS.has(tokens[i].text)) initials.push(tokens[i].text[0].toUpperCase());
  // Sorted, as other languages order the words differently.
  return initials.sort().join('') === [...short.text.replace(/\./g, '')].sort().join('');
}

/** "read The Harbour and Field": a capital "The" inside a sentence makes what follows one title. */
function titledThe(view: TokenView, run: Run): boolean {
  const the = run.first - 1;
  return the >= 0 && view.doc.tokens[the].text === 'The' && !view.initial[the];
}

/**
 * "the State and Justice Departments": two names sharing the plural head at the end, each
 * standing for its singular ("Fisheries Ministry"), when the first name holds no head or "of".
 */
function sharedHead(view: TokenView, run: Run, left: Run, and: number): string | undefined {
  const { lower, doc } = view;
  const plural = doc.tokens[run.last].text;
  if (lower[run.first - 1] !== 'the' || !SHARED_HEADS.has(plural) || and + 1 >= run.last || hasHeadIn(lower, left) || hasOf(lower, left)) return undefined;
  const singular = singularOf(lower[run.last]);
  if (!singular) return undefined;
  // The plural as written, made singular: "Departments" → "Department", "Ministries" → "Ministry".
  return singular.endsWith('y') ? `${plural.slice(0, singular.length - 1)}y` : plural.slice(0, singular.length);
}
