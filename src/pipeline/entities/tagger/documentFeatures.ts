/**
 * The second pass's own features: how the first pass labelled this token and its neighbours, and
 * how it labelled the same word elsewhere in the article ("Blackburn" after "Peter Blackburn",
 * "Leeds" as a club in every other sentence). News names a referent in full once and shortly
 * after; a lone word's type is often settled by another mention.
 */
import { isCapitalized, type TokenView } from '../0-tokens.js';
import { LABELS, spansOf, typeOfLabel } from './labels.js';
import type { Template } from './context.js';

const TYPES = 5; // O and the four tagged types
/** The first pass's label at −1, 0, +1; majority type of the word elsewhere; a longer name holding it; their crossings. */
export const DOCUMENT: Template[] = [
  { id: 60, size: LABELS + 1 }, { id: 61, size: LABELS + 1 }, { id: 62, size: LABELS + 1 },
  { id: 63, size: 1 + TYPES },
  { id: 64, size: 1 + 4 * 3 },
  { id: 65, size: LABELS * (1 + TYPES) },
  { id: 66, size: 1 + TYPES },
  { id: 67, size: (LABELS + 1) * LABELS }, { id: 68, size: LABELS * (LABELS + 1) }, // label pairs with the neighbours
];
export const DOCUMENT_COUNT = DOCUMENT.length;

interface WordRecord {
  counts: Int32Array;
  firstAt: number;
  longer: LongerName[];
}

interface LongerName {
  first: number;
  last: number;
  type: number;
}

/**
 * Every token's document values from the first pass's labels, `DOCUMENT_COUNT` per token; with
 * `open`, only the open tokens' (the only ones the tagger scores; the others' are 0), into `into`
 * when it is large enough.
 */
export function documentValues(view: TokenView, first: ArrayLike<number>, open?: ArrayLike<number>, into?: Uint16Array): Uint16Array {
  const tokens = view.doc.tokens;
  const n = tokens.length;
  const out = into && into.length >= n * DOCUMENT_COUNT ? into.fill(0, 0, n * DOCUMENT_COUNT) : new Uint16Array(n * DOCUMENT_COUNT);
  // Per capitalised word, one record (one lookup a token): how often the first pass gave it each
  // type, its first occurrence, and the two longest names of several words holding it.
  const words = new Map<string, WordRecord>();
  const capitalised = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!isCapitalized(tokens[i])) continue;
    capitalised[i] = 1;
    const word = view.lower[i];
    let record = words.get(word);
    if (!record) { record = { counts: new Int32Array(TYPES), firstAt: i, longer: [] }; words.set(word, record); }
    record.counts[typeOfLabel(first[i]) + 1]++;
  }
  for (const span of spansOf(first, 0, n)) {
    if (span.last === span.first) continue;
    for (let i = span.first; i <= span.last; i++) {
      if (!capitalised[i]) continue;
      const list = words.get(view.lower[i])!.longer;
      list.push(span);
      list.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
      if (list.length > 2) list.length = 2;
    }
  }
  const labelAt = (i: number) => (i < 0 || i >= n ? LABELS : first[i]);
  for (let i = 0; i < n; i++) {
    if (open && !open[i]) continue;
    const v = i * DOCUMENT_COUNT;
    out[v] = labelAt(i - 1);
    out[v + 1] = first[i];
    out[v + 2] = labelAt(i + 1);
    let majority = 0;
    if (capitalised[i]) {
      const word = view.lower[i];
      const record = words.get(word)!;
      const c = record.counts;
      const own = typeOfLabel(first[i]) + 1;
      let best = -1;
      for (let t = 0; t < TYPES; t++) {
        const times = c[t] - (t === own ? 1 : 0);
        if (times > 0 && (best < 0 || times > c[best] - (best === own ? 1 : 0))) best = t;
      }
      majority = best < 0 ? 0 : 1 + best;
      const holder = record.longer.find((s) => i < s.first || i > s.last);
      if (holder) {
        const place = view.lower[holder.last] === word ? 0 : view.lower[holder.first] === word ? 1 : 2;
        out[v + 4] = 1 + holder.type * 3 + place;
      }
      const at = record.firstAt;
      out[v + 6] = at < i ? 1 + typeOfLabel(first[at]) + 1 : 0;
    }
    out[v + 3] = majority;
    out[v + 5] = first[i] * (1 + TYPES) + majority;
    out[v + 7] = labelAt(i - 1) * LABELS + first[i];
    out[v + 8] = first[i] * (LABELS + 1) + labelAt(i + 1);
  }
  return out;
}
