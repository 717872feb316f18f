/**
 * Pass 1: raw runs of name words within a sentence, held together by the small words
 * that live inside names ("Bank of England", "Clean Rivers and Forests Initiative"), by hyphens
 * without spaces ("Kenya-Peru") and by a possessive inside an organization's name.
 * The runs are generous on purpose; pass 2 trims and splits them.
 */
import type { DocToken } from '../doc.js';
import type { TokenView } from './0-tokens.js';
import { placeAt } from './names.js';
import { CONNECTORS, GIVEN_NAMES, HYPHEN_MODIFIERS, HYPHEN_PARTICLES, WEB_DOMAINS, INITIATIVE_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS } from './lexicon.js';

export interface Run {
  first: number;
  last: number;
  /** A head the name shares with the next one in a list: "Department" for "State" in "the State and Justice Departments". */
  sharedHead?: string;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const POSSESSIVES = new Set(["'s", '’s']);
/** Connectors that join only when the run so far has a head that takes them ("Council on X", "Plan in Y"). */
const GUARDED: Record<string, (lower: string) => boolean> = {
  for: (w) => ORGANIZATION_HEADS.has(w) || INITIATIVE_HEADS.has(w) || PLACE_HEADS.has(w) || TITLE_HEADS.has(w),
  on: (w) => ORGANIZATION_HEADS.has(w) || INITIATIVE_HEADS.has(w),
  in: (w) => INITIATIVE_HEADS.has(w),
  at: (w) => ORGANIZATION_HEADS.has(w),
};
/** "Ambassador to X": "to" joins only right after a title. */
const TITLE_ONLY = 'to';

const touching = (a: DocToken, b: DocToken) => a.end === b.start;

export function findRuns(view: TokenView): Run[] {
  const { doc, level } = view;
  const runs: Run[] = [];
  let resume = 0;
  for (const sentence of doc.sentences) {
    let i = Math.max(sentence.first, resume);
    while (i <= sentence.last) {
      if (level[i] === 0 && !particleBefore(view, i)) { i++; continue; }
      const first = i;
      let last = i;
      for (;;) {
        const step = extend(view, first, last, sentence.last);
        if (step === last) break;
        last = step;
      }
      runs.push({ first, last });
      i = last + 1;
      resume = i;
    }
  }
  return runs;
}

/** The new last token if the run can grow past `last`, else `last`. */
function extend(view: TokenView, first: number, last: number, limit: number): number {
  const { doc, level, lower } = view;
  const tokens = doc.tokens;
  const next = last + 1;
  if (next > limit) return last;
  const t = tokens[next];
  if (level[next] > 0 && t.space.length > 0 && !t.space.includes('\n')) return next;
  if (level[next] > 0 && t.space.length === 0 && tokens[last].type === 'word') return next;
  if (HYPHENS.has(t.text) && next + 1 <= limit && touching(tokens[last], t) && touching(t, tokens[next + 1])) {
    const after = tokens[next + 1];
    if (level[next + 1] > 0 || after.type === 'number') return next + 1;
    // Hyphenated given names: "Ji-hoon", "Mei-ling"; not "Oslo-based".
    if (after.type === 'word' && level[last] > 0 && !HYPHEN_MODIFIERS.has(lower[next + 1]) && lower[next + 1].length <= 6) return next + 1;
  }
  // wink-nlp ends a sentence inside "Acme.com"; the name goes on.
  if (t.text === '.' && next + 1 < tokens.length && touching(tokens[last], t) && touching(t, tokens[next + 1]) && WEB_DOMAINS.has(lower[next + 1])) {
    return next + 1;
  }
  if (POSSESSIVES.has(t.text) && next + 1 <= limit && level[next + 1] > 0 && ownerWords(view, first, last)) {
    if (endsWithHead(view, next + 1, limit)) return next + 1;
  }
  if (particleBefore(view, next) && next + 2 <= limit) return next + 2;
  if (CONNECTORS.has(t.text) && next + 1 <= limit && !t.space.includes('\n')) {
    let after = next + 1;
    if (lower[after] === 'the' && t.text !== 'the' && after + 1 <= limit) after++;
    if (level[after] === 0) return last;
    if (t.text === TITLE_ONLY && !TITLE_HEADS.has(lower[last])) return last;
    const guard = GUARDED[t.text];
    if (guard && !hasWord(lower, first, last, guard)) return last;
    return after;
  }
  return last;
}

/**
 * Words that can own the rest of a body's name with "'s" ("People's" in "Velkran People's
 * Army"): one or two name words, not a person's (a given name), a body's (a head) or a place's.
 */
function ownerWords(view: TokenView, first: number, last: number): boolean {
  // The name words at the end of the run so far ("of the Velkran People" → "Velkran People").
  let start = last;
  while (start > first && view.level[start - 1] > 0) start--;
  if (last - start > 1 || placeAt(view, start, last) >= 0) return false;
  for (let i = start; i <= last; i++) if (view.level[i] !== 2 || GIVEN_NAMES.has(view.lower[i]) || ORGANIZATION_HEADS.has(view.lower[i])) return false;
  return true;
}

/** "al-Amr": a lower-case particle touching a hyphen and a name. */
export function particleBefore(view: TokenView, i: number): boolean {
  const { tokens } = view.doc;
  const hyphen = tokens[i + 1];
  // Asked of every small word: the name two tokens on, an array read, rules out most at once.
  return view.level[i + 2] > 0 && HYPHEN_PARTICLES.has(view.lower[i]) && hyphen !== undefined && HYPHENS.has(hyphen.text) && touching(tokens[i], hyphen)
    && tokens[i + 2] !== undefined && touching(hyphen, tokens[i + 2]);
}

function hasWord(lower: string[], first: number, last: number, test: (w: string) => boolean): boolean {
  for (let i = first; i <= last; i++) if (test(lower[i])) return true;
  return false;
}

/** Whether the capitalised words from `from` end in an organization head ("People's Liberation Army"). */
function endsWithHead(view: TokenView, from: number, limit: number): boolean {
  let i = from;
  while (i + 1 <= limit && view.level[i + 1] > 0) i++;
  return ORGANIZATION_HEADS.has(view.lower[i]) && !TITLE_HEADS.has(view.lower[from]);
}
