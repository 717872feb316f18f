/**
 * Which of the entity stage's word lists a word is in, as bits: the same lists the rules read
 * (given names, countries, places, demonyms, head words, titles, everyday words), now evidence
 * whose weight the tagger learns.
 */
import months from '../../../data/months.json' with { type: 'json' };
import {
  BODY_NOUNS, BODY_NOUNS_BEFORE, COMMON_WORDS, CONNECTORS, DEMONYMS, EVENT_HEADS, GIVEN_NAMES, GROUP_WORDS, HONORIFICS,
  INITIATIVE_HEADS, NOT_NAMES, ORGANIZATION_FIRST_WORDS, ORGANIZATION_HEADS, PLACE_HEADS, PLACE_PREFIXES, PLACE_PREFIXES_SEEN,
  PLACE_SUFFIXES, PLACES, SPEECH_LEMMAS, TITLE_HEADS, TITLE_MODIFIERS, WEB_DOMAINS,
} from '../lexicon.js';

const MONTHS = new Set(Object.keys(months.months));

/** One test per bit, in bit order; a new list goes at the end (the model's feature version counts it). */
const TESTS: ((text: string, lower: string) => boolean)[] = [
  (_, l) => GIVEN_NAMES.has(l),
  (_, l) => PLACES.has(l) && PLACES.get(l)!.country === null,
  (_, l) => PLACES.get(l)?.country != null,
  (_, l) => DEMONYMS.has(l) || (l.endsWith('s') && DEMONYMS.has(l.slice(0, -1))),
  (_, l) => ORGANIZATION_HEADS.has(l),
  (_, l) => PLACE_HEADS.has(l),
  (_, l) => INITIATIVE_HEADS.has(l),
  (_, l) => TITLE_HEADS.has(l),
  (_, l) => TITLE_MODIFIERS.has(l),
  (t) => HONORIFICS.has(t.toLowerCase()),
  (_, l) => COMMON_WORDS.has(l),
  (_, l) => EVENT_HEADS.has(l),
  (t) => GROUP_WORDS.has(t),
  (_, l) => ORGANIZATION_FIRST_WORDS.has(l),
  (_, l) => PLACE_PREFIXES.has(l) || PLACE_SUFFIXES.has(l),
  (t) => BODY_NOUNS.has(t) || BODY_NOUNS_BEFORE.has(t),
  (_, l) => SPEECH_LEMMAS.has(l),
  (t) => CONNECTORS.has(t),
  (_, l) => MONTHS.has(l),
  (t) => NOT_NAMES.has(t),
  (_, l) => WEB_DOMAINS.has(l),
  // The first word of a place of several words ("new" of "New York").
  (_, l) => PLACE_PREFIXES_SEEN.has(l) && !PLACES.has(l),
];

export function lexiconBits(text: string, lower: string): number {
  let bits = 0;
  for (let bit = 0; bit < TESTS.length; bit++) if (TESTS[bit](text, lower)) bits |= 1 << bit;
  return bits;
}
