/**
 * Where the tagger, sure of its names, draws their edges otherwise than the rules: a candidate of
 * the rules that holds two or more of the tagger's names and nothing else capitalised ("Velkburg
 * of Germany", "Acme Inc of Springfield") becomes those names; two or more candidates that one of
 * the tagger's names spans exactly ("National Bank" "of" "Ruritania") become that name; a candidate
 * the tagger draws longer by capitalised words takes them. A candidate the tagger draws shorter
 * stays as the rules drew it: the project's conventions (a name in full, titles off the front) are the rules'.
 */
import type { TokenView } from './0-tokens.js';
import { candidateOf, type Candidate } from './2-shape.js';
import { COMMON_WORDS } from './lexicon.js';
import { TAG_TYPES, type TaggedSpan } from './tagger/labels.js';

const MISC = TAG_TYPES.indexOf('misc');

/** How sure of a name the tagger must be to split a candidate by it, and to merge candidates into it. */
export interface RedrawConfidence {
  split: number;
  merge: number;
  extend: number;
}

type SureSpan = TaggedSpan & { sure: number };

/** The candidates redrawn, or null where the tagger's sure names change none. */
export function redrawCandidates(view: TokenView, candidates: readonly Candidate[], spans: readonly TaggedSpan[], sure: readonly number[], needs: RedrawConfidence): Candidate[] | null {
  const named: SureSpan[] = [];
  spans.forEach((span, i) => { if (sure[i] >= needs.split) named.push({ ...span, sure: sure[i] }); });
  if (named.length === 0) return null;
  const out: Candidate[] = [];
  let changed = false;
  let s = 0;
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c];
    while (s < named.length && named[s].last < candidate.first) s++;
    const merged = s < named.length && named[s].sure >= needs.merge ? mergedBy(view, candidates, c, named[s]) : c;
    if (merged > c) {
      const whole = candidateOf(view, named[s]);
      if (whole) { out.push(whole); changed = true; c = merged; continue; }
    }
    const parts = partsOf(view, candidate, named, s) ?? shrunkInCapitals(view, candidate, named, s);
    if (parts) { out.push(...parts); changed = true; continue; }
    const longer = s < named.length && named[s].sure >= needs.extend ? extendedBy(view, candidates, c, named[s]) : null;
    if (longer) { out.push(longer); changed = true; } else out.push(candidate);
  }
  return changed ? out : null;
}

/** The last of the candidates from `c` on that `span` spans exactly, from the first's start to the last's end; `c` where it spans fewer than two. */
function mergedBy(view: TokenView, candidates: readonly Candidate[], c: number, span: TaggedSpan): number {
  if (span.type === MISC || span.first !== candidates[c].first || candidates[c].title) return c;
  let last = c;
  while (last + 1 < candidates.length && candidates[last + 1].last <= span.last && joins(view, candidates[last].last + 1, candidates[last + 1].first - 1)) last++;
  return last > c && candidates[last].last === span.last ? last : c;
}

/** The tagger's names inside `candidate`, where there are two or more and every other word of it is small; null otherwise. */
function partsOf(view: TokenView, candidate: Candidate, named: readonly TaggedSpan[], from: number): Candidate[] | null {
  const inside: TaggedSpan[] = [];
  for (let s = from; s < named.length && named[s].first <= candidate.last; s++) {
    if (named[s].first < candidate.first || named[s].last > candidate.last) return null;
    inside.push(named[s]);
  }
  // A nationality or an event inside ("Ruritanian Interior Ministry") is part of the name, as the rules drew it.
  if (inside.length < 2 || inside.some((span) => span.type === MISC)) return null;
  let next = candidate.first;
  for (const span of inside) {
    for (let i = next; i < span.first; i++) if (!small(view, i)) return null;
    next = span.last + 1;
  }
  for (let i = next; i <= candidate.last; i++) if (!small(view, i)) return null;
  const parts: Candidate[] = [];
  for (const span of inside) {
    const part = candidateOf(view, span, span.first === candidate.first ? candidate.title : undefined, span.first === candidate.first ? candidate.affiliation : undefined);
    if (part) parts.push(part);
  }
  return parts;
}

/**
 * "THREE VELKBURG UNITED PLAYERS BANNED": in a line in capitals the rules cannot tell a name's
 * words from the headline's, so the one name the tagger is sure of inside the candidate is the name.
 */
function shrunkInCapitals(view: TokenView, candidate: Candidate, named: readonly TaggedSpan[], from: number): Candidate[] | null {
  if (!candidate.tentative) return null;
  const { tokens } = view.doc;
  for (let i = candidate.first; i <= candidate.last; i++) if (tokens[i].type === 'word' && tokens[i].text !== tokens[i].text.toUpperCase()) return null;
  const span = named[from];
  if (!span || span.type === MISC || span.first < candidate.first || span.last > candidate.last || (span.first === candidate.first && span.last === candidate.last)) return null;
  if (named[from + 1] && named[from + 1].first <= candidate.last) return null;
  const part = candidateOf(view, span, span.first === candidate.first ? candidate.title : undefined, span.first === candidate.first ? candidate.affiliation : undefined);
  return part ? [part] : null;
}

/**
 * Tokens `first..last` join two names into one: small words only ("of", "dello"). Names side by
 * side ("the Acme Council Jane Doe") or across a possessive ("Ruritania's Grand Mosque") were split
 * by the rules on purpose.
 */
function joins(view: TokenView, first: number, last: number): boolean {
  if (first > last) return false;
  for (let i = first; i <= last; i++) if (view.level[i] !== 0 || POSSESSIVES.has(view.lower[i])) return false;
  return true;
}

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

/**
 * The candidate with the capitalised words the tagger's name adds to it: words the rules leave out
 * because the article also writes them in lower case ("Jana Rose" where prices "rose"). Not an
 * article, a possessive, a title or another candidate.
 */
function extendedBy(view: TokenView, candidates: readonly Candidate[], c: number, span: TaggedSpan): Candidate | null {
  const candidate = candidates[c];
  if (span.type === MISC || span.first > candidate.first || span.last < candidate.last || (span.first === candidate.first && span.last === candidate.last)) return null;
  if ((candidates[c - 1]?.last ?? -1) >= span.first || (candidates[c + 1]?.first ?? Infinity) <= span.last) return null;
  if (candidate.title && candidate.title.last >= span.first) return null;
  for (let i = span.first; i <= span.last; i++) {
    if (i >= candidate.first && i <= candidate.last) continue;
    if (!CAPITALISED.test(view.doc.tokens[i].text) || ARTICLES.has(view.lower[i]) || POSSESSIVES.has(view.lower[i])) return null;
  }
  const longer = candidateOf(view, span, candidate.title, candidate.affiliation);
  return longer && { ...longer, tentative: longer.tentative && candidate.tentative };
}

const CAPITALISED = /^\p{Lu}/u;
const ARTICLES = new Set(['the', 'a', 'an']);

/** A word in lower case, or an everyday word shouted in a line of capitals ("AT" in "VELKBURG AT RURITANIA"). */
function small(view: TokenView, i: number): boolean {
  if (view.level[i] === 0) return true;
  const text = view.doc.tokens[i].text;
  return text === text.toUpperCase() && (view.common.has(view.lower[i]) || COMMON_WORDS.has(view.lower[i]));
}
