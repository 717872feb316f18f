/**
 * Pass 5: titles and affiliation of people. A title in front of the name comes from pass 2
 * ("Kenyan Trade Minister X": title "Trade Minister", affiliation Kenya); here we add
 * a possessive country before it ("Norway's Trade Minister X") and appositions after the
 * name ("X, Norway's trade minister,", "X, the spokesperson of the Ministry of Y,").
 */
import type { TokenView } from './0-tokens.js';
import type { TypedMention } from './3-types.js';
import { DEMONYMS, TITLE_HEADS, isTitleWord } from './lexicon.js';

export interface PersonTitle {
  title: string;
  affiliation: string | null;
}

const POSSESSIVES = new Set(["'s", '’s']);
const APPOSITION_ARTICLES = new Set(['the', 'a', 'an', 'its', 'their']);
const AFFILIATION_GLUE = new Set(['of', 'for', 'at', 'to']);

/** The title and affiliation a mention carries, if it has one. */
export function titleOf(view: TokenView, m: TypedMention, byFirst: Map<number, TypedMention>, nameOf: (m: TypedMention) => string | null): PersonTitle | null {
  if (m.title) {
    const title = slice(view, m.title.first, m.title.last);
    return { title, affiliation: m.affiliation ?? possessiveBefore(view, m.title.first, byFirst, nameOf) };
  }
  return apposition(view, m, byFirst, nameOf) ?? lowerCaseTitleBefore(view, m, byFirst, nameOf);
}

/** "Acme spokesperson Jane Doe", "Norway's trade minister Jane Doe": a title in lower case before the name. */
function lowerCaseTitleBefore(view: TokenView, m: TypedMention, byFirst: Map<number, TypedMention>, nameOf: (m: TypedMention) => string | null): PersonTitle | null {
  const { lower, doc } = view;
  let first = m.first;
  while (first - 1 >= 0 && isTitleWord(lower[first - 1]) && doc.tokens[first - 1].text === lower[first - 1] && m.first - first < 4) first--;
  if (first === m.first || !TITLE_HEADS.has(lower[m.first - 1])) return null;
  const title = slice(view, first, m.first - 1);
  const before = first - 1;
  if (before >= 0 && POSSESSIVES.has(doc.tokens[before].text)) return { title, affiliation: possessiveBefore(view, first, byFirst, nameOf) };
  if (before >= 0 && DEMONYMS.has(lower[before])) return { title, affiliation: DEMONYMS.get(lower[before])! };
  const owner = ownerEndingAt(byFirst, before);
  return { title, affiliation: owner ? nameOf(owner) : null };
}

function ownerEndingAt(byFirst: Map<number, TypedMention>, last: number): TypedMention | undefined {
  for (let i = last; i >= 0 && i >= last - 8; i--) {
    const m = byFirst.get(i);
    if (m) return m.last === last ? m : undefined;
  }
  return undefined;
}

function possessiveBefore(view: TokenView, first: number, byFirst: Map<number, TypedMention>, nameOf: (m: TypedMention) => string | null): string | null {
  const { tokens } = view.doc;
  if (first < 2 || !POSSESSIVES.has(tokens[first - 1].text)) return null;
  for (let i = first - 2; i >= 0 && i >= first - 8; i--) {
    const owner = byFirst.get(i);
    if (owner && owner.last === first - 2) return nameOf(owner) ?? owner.text;
  }
  return null;
}

/** "X, [the] [Country's|Demonym] title words [of|for Y]," after the name. */
function apposition(view: TokenView, m: TypedMention, byFirst: Map<number, TypedMention>, nameOf: (m: TypedMention) => string | null): PersonTitle | null {
  const { lower, doc } = view;
  const tokens = doc.tokens;
  let i = m.last + 1;
  if (tokens[i]?.text !== ',') return null;
  i++;
  if (APPOSITION_ARTICLES.has(lower[i])) i++;
  let affiliation: string | null = null;
  const owner = byFirst.get(i);
  if (owner && POSSESSIVES.has(tokens[owner.last + 1]?.text)) {
    affiliation = nameOf(owner) ?? owner.text;
    i = owner.last + 2;
  } else if (DEMONYMS.has(lower[i])) {
    affiliation = DEMONYMS.get(lower[i])!;
    i++;
  }
  const first = i;
  let lastHead = -1;
  while (i < tokens.length && isTitleWord(lower[i]) && i - first < 6) {
    if (TITLE_HEADS.has(lower[i])) lastHead = i;
    i++;
  }
  if (lastHead < 0) return null;
  const title = slice(view, first, lastHead);
  if (AFFILIATION_GLUE.has(lower[lastHead + 1])) {
    let j = lastHead + 2;
    if (lower[j] === 'the') j++;
    const of = byFirst.get(j);
    if (of) affiliation = nameOf(of) ?? of.text;
  }
  return { title, affiliation };
}


function slice(view: TokenView, first: number, last: number): string {
  return view.doc.text.slice(view.doc.tokens[first].start, view.doc.tokens[last].end).replace(/\s+/g, ' ');
}
