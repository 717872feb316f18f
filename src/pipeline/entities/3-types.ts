/**
 * Pass 3: what kind of name each mention is, with how sure we are (see `decide` for the order).
 * Evidence, strongest first: a known place or a dateline; the head word ("... Ministry",
 * "... Initiative", "... Museum", "Acme.com"); a title in front; an acronym; a known place
 * across a comma; a compass or place word; "the" in front; a given name; then where it
 * stands (the subject of "said", "according to X", after "in").
 */
import type { EntityType } from '../../types.js';
import type { TokenView } from './0-tokens.js';
import { isAcronym } from './0-tokens.js';
import type { Candidate } from './2-shape.js';
import { isCredited, isEveryday, isPluralThing } from './names.js';
import {
  BODY_NOUNS, BODY_NOUNS_BEFORE, COMMON_WORDS, CONNECTORS, GIVEN_NAMES, HONORIFICS, INITIATIVE_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, PLACE_PREFIXES,
  PLACE_PREPOSITIONS, PROGRAMME_NOUNS, SPEECH_LEMMAS, TITLE_HEADS, WEB_DOMAINS, ORGANIZATION_FIRST_WORDS, PLACE_SUFFIXES,
} from './lexicon.js';

/** 3: the name says so; 2: strong sign; 1: position only; 0: nothing known. */
export type Strength = 0 | 1 | 2 | 3;

export interface TypedMention extends Candidate {
  text: string;
  type: EntityType | null;
  strength: Strength;
  acronym: boolean;
  /** A lower-case programme noun follows: "the XYZ scheme". */
  programme: boolean;
}

const HEAD_TYPES: [Set<string>, EntityType][] = [
  [ORGANIZATION_HEADS, 'organization'], [INITIATIVE_HEADS, 'initiative'], [PLACE_HEADS, 'place'],
];

export function typeMentions(view: TokenView, candidates: Candidate[]): TypedMention[] {
  const places: KnownPlaces = { byFirst: new Map(), byLast: new Map() };
  for (const c of candidates) if (c.place) { places.byFirst.set(c.first, c); places.byLast.set(c.last, c); }
  let previous: TypedMention | undefined;
  return candidates.map((c) => {
    const text = c.sharedHead ? `${c.written} ${c.sharedHead}` : c.written;
    // An acronym, unless it is a word the article also writes in lower case ("UNLESS"), an
    // everyday word in capitals for emphasis, or stands where capitals prove nothing (a line in capitals).
    const acronym = c.first === c.last && !c.tentative && isAcronym(text) && !view.common.has(view.lower[c.first]) && !shouted(view.lower[c.first]);
    let [type, strength] = decide(view, c, acronym, places, !text.includes(' '));
    // "Jane Doe of Harbour Voices": what a person is "of", when nothing else is known, is a body.
    // ("Jane Doe of Room 12" is no body: a name going on in a number is a venue or a model.)
    if (!type && previous?.type === 'person' && previous.last === c.first - 2 && view.lower[c.first - 1] === 'of' && view.doc.tokens[c.last + 1]?.type !== 'number') [type, strength] = ['organization', 1];
    // "the schools Velk Academy and Tarn": the next name in the list after a body noun is a body too.
    if (!type && previous && afterBodyNoun(view, previous) && previous.last === c.first - 2 && LIST_GLUE.has(view.lower[c.first - 1])) [type, strength] = ['organization', 1];
    return previous = {
      first: c.first, last: c.last, sharedHead: c.sharedHead, sentence: c.sentence, written: c.written, title: c.title, affiliation: c.affiliation, place: c.place,
      tentative: c.tentative, text, type, strength, acronym, programme: PROGRAMME_NOUNS.has(view.doc.tokens[c.last + 1]?.text ?? ''),
    };
  });
}


/** `single`: one word, though hyphens may join tokens ("al-Amr"). */
function decide(view: TokenView, c: Candidate, acronym: boolean, places: KnownPlaces, single: boolean): [EntityType | null, Strength] {
  const { lower } = view;
  if (c.place || isDateline(view, c)) return ['place', 3];
  // "Hope Lamps": a given name that is also an everyday word, before a plural thing, is no sign.
  const given = !single && GIVEN_NAMES.has(lower[c.first]) && !(COMMON_WORDS.has(lower[c.first]) && isPluralThing(lower[c.last]));
  const head = c.sharedHead ? typeOfHead(c.sharedHead.toLowerCase()) : isWebsite(view, c) ? 'organization' : headType(view, c);
  // "Nora Pact", "Anna Charter": a given name and one more word is a person, not a treaty.
  if (head === 'initiative' && given && c.last === c.first + 1) return ['person', 2];
  if (head) return [head, 3];
  if (afterBodyNoun(view, c)) return ['organization', 2];
  if (c.title) return ['person', 3];
  if (acronym) return ['organization', 2];
  if (isFirmName(view, c)) return ['organization', 2];
  // Credit lines name people: photographers, and the user names of those who upload.
  if (isCredited(view, c.first) && endsCredit(view, c.last + 1)) return ['person', 2];
  if (besideKnownPlace(view, c, places)) return ['place', 2];
  if ((PLACE_PREFIXES.has(lower[c.first]) || PLACE_SUFFIXES.has(lower[c.last])) && !single) return ['place', 1];
  // "the Velvet Tigers", "the Harbour Council": people's names take no article.
  const before = c.first - 1 >= 0 ? lower[c.first - 1] : '';
  // ("the Silver Lantern show": an everyday word and a noun after, a work or a thing more often.)
  if (before === 'the' && !single && !((given || isEveryday(lower[c.first])) && modifiesNoun(view, c))) return ['organization', 1];
  if (single && (ownsName(view, c) || BODY_NOUNS.has(view.doc.tokens[c.last + 1]?.text ?? ''))) return ['organization', 1];
  if (given && c.last - c.first <= 3) return ['person', 2];
  // "Ms Veld said": the honorific or title says more than the speech verb.
  if (HONORIFICS.has(before) || TITLE_HEADS.has(before)) return ['person', 2];
  if (speaks(view, c)) return ['person', 1];
  if (PLACE_PREPOSITIONS.has(before)) return ['place', 1];
  return [null, 0];
}

/**
 * "Springfield, Ohio" / "Drovak, Kenya –": a name and a known place on either side of a
 * comma, the pair closed by punctuation, is a place too. ("In Oslo, Doe said" is not.)
 */
function besideKnownPlace(view: TokenView, c: Candidate, places: KnownPlaces): boolean {
  const { tokens } = view.doc;
  const closes = (i: number) => i >= tokens.length || tokens[i].type === 'punctuation' || tokens[i].type === 'tabCRLF';
  const after = tokens[c.last + 1]?.text === ',' ? places.byFirst.get(c.last + 2) : undefined;
  if (after && closes(after.last + 1)) return true;
  const before = c.first >= 2 && tokens[c.first - 1].text === ',' ? places.byLast.get(c.first - 2) : undefined;
  return before !== undefined && closes(c.last + 1);
}

interface KnownPlaces {
  byFirst: Map<number, Candidate>;
  byLast: Map<number, Candidate>;
}

const isWebsite = (view: TokenView, c: Candidate) => c.last >= c.first + 2 && view.doc.tokens[c.last - 1].text === '.' && WEB_DOMAINS.has(view.lower[c.last]);

/** "Acme's Jane Doe": a lone name owning a person's name is a party, a team, a company. */
function ownsName(view: TokenView, c: Candidate): boolean {
  const { tokens } = view.doc;
  return (tokens[c.last + 1]?.text === "'s" || tokens[c.last + 1]?.text === '’s') && view.level[c.last + 2] === 2;
}

/** "the Jane Doe video": the name stands before a common noun, as a modifier, and may be a person's. */
function modifiesNoun(view: TokenView, c: Candidate): boolean {
  const next = view.doc.tokens[c.last + 1];
  return next !== undefined && next.pos === 'NOUN' && next.text === view.lower[c.last + 1];
}

/**
 * The type the head word gives. In "X of Y" the head is before the first small word ("Museum of
 * the Air Force" is a place, "Bank of Northland" a bank), else it is the last word. A place word
 * "for" a purpose is a body: "Centre for Water Studies".
 */
/** "LIMA, March 4 -", "NAIROBI (Wire) -", "LIMA 2024-03-04": capitals opening a line, then a comma, bracket, dash or date. */
function isDateline(view: TokenView, c: Candidate): boolean {
  const { tokens } = view.doc;
  const before = tokens[c.first - 1];
  if (before !== undefined && before.type !== 'tabCRLF') return false;
  for (let i = c.first; i <= c.last; i++) if (tokens[i].type === 'word' && tokens[i].text !== tokens[i].text.toUpperCase()) return false;
  const next = tokens[c.last + 1];
  return next !== undefined && (DATELINE_ENDS.has(next.text) || (next.type === 'number' && NUMERIC_DATE.test(next.text))) && tokens[c.last].text.length > 2;
}

/**
 * "Douglas & Lomason", "Baker & Holt": names joined by "&" are a firm's, unless a given name follows
 * the "&" ("Ann & Tom Ray": two people of one family).
 */
function isFirmName(view: TokenView, c: Candidate): boolean {
  for (let i = c.first + 1; i < c.last; i++) if (view.doc.tokens[i].text === '&') return !GIVEN_NAMES.has(view.lower[i + 1]);
  return false;
}

/** A credit names one maker per name: what follows ends the line or adds another ("& Tom Ray"), not "Acme / Ray". */
function endsCredit(view: TokenView, next: number): boolean {
  const t = view.doc.tokens[next];
  return t === undefined || t.type === 'tabCRLF' || CREDIT_ENDS.has(t.text);
}

const CREDIT_ENDS = new Set(['.', '&', ';']);
const afterBodyNoun = (view: TokenView, c: Candidate) => BODY_NOUNS_BEFORE.has(view.doc.tokens[c.first - 1]?.text ?? '');
const LIST_GLUE = new Set(['and', 'or', ',']);
/** "NEVER", "ALWAYS": an everyday word of four letters or more in capitals is emphasis, not an acronym. */
const shouted = (lower: string) => lower.length >= 4 && COMMON_WORDS.has(lower);
const JOINERS = new Set(['and', '&']);
const DATELINE_ENDS = new Set([',', '(', '-', '–', '—']);
/** A date in figures: 2024-03-04, 04/03/2024, 4.3.2024. */
const NUMERIC_DATE = /^\d{1,4}([-/.])\d{1,2}\1\d{1,4}$/;

function headType(view: TokenView, c: Candidate): EntityType | null {
  const { lower, doc } = view;
  if (ORGANIZATION_FIRST_WORDS.has(lower[c.first]) && c.first < c.last) return 'organization';
  for (let i = c.first + 1; i < c.last; i++) {
    // "Ann & Tom Ray Museum of Glass": "and" joins the words of a name, not a head to its object.
    if (!CONNECTORS.has(doc.tokens[i].text) || JOINERS.has(lower[i])) continue;
    const before = typeOfHead(lower[i - 1]);
    if (before === 'place' && lower[i] === 'for') return 'organization';
    if (before) return before;
    break;
  }
  return typeOfHead(lower[c.last]);
}

function typeOfHead(word: string): EntityType | null {
  for (const [heads, type] of HEAD_TYPES) if (heads.has(word)) return type;
  return null;
}

/** The name is the subject of a speech verb right after it, follows an inverted "said", or "according to". */
function speaks(view: TokenView, c: Candidate): boolean {
  const { tokens } = view.doc;
  const after = tokens[c.last + 1];
  const verb = after && (after.pos === 'AUX' ? tokens[c.last + 2] : after);
  if (verb && verb.pos === 'VERB' && SPEECH_LEMMAS.has(view.doc.lemma(verb.index))) return true;
  const before = tokens[c.first - 1];
  if (c.first >= 2 && view.lower[c.first - 2] === 'according' && view.lower[c.first - 1] === 'to') return true;
  return before !== undefined && before.pos === 'VERB' && SPEECH_LEMMAS.has(view.doc.lemma(before.index)) && c.last - c.first <= 2;
}
