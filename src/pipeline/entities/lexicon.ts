/**
 * The word lists of the entity stage as Sets and Maps, built once per process.
 * Keys are lower-cased so lookups ignore case; every list says where it came from
 * in its own data file.
 */
import countriesData from '../../data/countries.json' with { type: 'json' };
import placesData from '../../data/places.json' with { type: 'json' };
import givenData from '../../data/givenNames.json' with { type: 'json' };
import words from '../../data/entityWords.json' with { type: 'json' };
import commonData from '../../data/commonWords.json' with { type: 'json' };

export interface PlaceEntry {
  /** Grouping key: the country code for every spelling of a country, else the name itself. */
  key: string;
  country: string | null;
}

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

/** Country spellings, capitals, large cities and regions, by lower-cased full name. */
export const PLACES = new Map<string, PlaceEntry>();
/** Demonym ("Kenyan") → country name ("Kenya"). */
export const DEMONYMS = new Map<string, string>();
/** The longest place name in tokens, to bound prefix lookups. */
export let LONGEST_PLACE = 1;

for (const name of [...placesData.regions, ...placesData.cities]) PLACES.set(name.toLowerCase(), { key: name.toLowerCase(), country: null });
for (const c of countriesData.countries) {
  const entry: PlaceEntry = { key: `country:${c.code}`, country: c.name };
  for (const spelling of [c.name, ...c.spellings]) PLACES.set(spelling.toLowerCase(), entry);
  // Several territories share a demonym ("Norwegian"); the UN member state keeps it.
  for (const demonym of c.demonyms) if (c.member || !DEMONYMS.has(demonym.toLowerCase())) DEMONYMS.set(demonym.toLowerCase(), c.name);
}
for (const name of words.worldRegions) PLACES.set(name.toLowerCase(), { key: name.toLowerCase(), country: null });
/** Every word-prefix of a known place ("new", "new york"), so a lookup stops as soon as it can. */
export const PLACE_PREFIXES_SEEN = new Set<string>();
for (const name of PLACES.keys()) {
  const words = name.split(' ');
  LONGEST_PLACE = Math.max(LONGEST_PLACE, words.length);
  for (let n = 1; n <= words.length; n++) PLACE_PREFIXES_SEEN.add(words.slice(0, n).join(' '));
}

export const GIVEN_NAMES = lower(givenData.names);
/** Everyday English words, lower case: "launch", "silver", "art". */
export const COMMON_WORDS = new Set(commonData.words.split(' '));
export const ORGANIZATION_HEADS = lower(words.organizationHeads);
export const INITIATIVE_HEADS = lower(words.initiativeHeads);
export const PLACE_HEADS = lower(words.placeHeads);
export const PLACE_PREFIXES = lower(words.placePrefixes);
export const CONNECTORS = new Set(words.connectors);
export const TITLE_HEADS = lower(words.titleHeads);
export const TITLE_MODIFIERS = lower(words.titleModifiers);
export const HONORIFICS = lower(words.honorifics);
export const NOT_NAMES = new Set(words.notNames);
/** Religions, languages, party and group words, holidays: capitalised, but not entities here. */
export const GROUP_WORDS = new Set(words.groupWords);
/** Heads of events and works ("... Festival", "... Cup"), which are not entities here. */
export const EVENT_HEADS = lower(words.eventHeads);
/** Lower-case words after a hyphen that make a modifier, not a name: "Oslo-based". */
export const HYPHEN_MODIFIERS = new Set(words.hyphenModifiers);
/** "Pro-Beijing", "Anti-Kremlin": a capital after these prefixes makes an adjective, not a name. */
export const NON_NAME_PREFIXES = words.nonNamePrefixes;
/** Lower-case nouns after a name that make it a programme: "the XYZ scheme", "Acme studies". */
export const PROGRAMME_NOUNS = new Set(words.programmeNouns);
/** Lower-case nouns after a lone name that make it a body: "Zentrix headquarters", "Zentrix officials". */
export const BODY_NOUNS = new Set(words.bodyNouns);
/** Plural heads two names in a list can share: "the State and Justice Departments". */
export const SHARED_HEADS = new Set(words.sharedHeads);
/** "Image: Ann Veld.": labels of a credit line, which names who made the picture or recording. */
export const CREDIT_LABELS = new Set(words.creditLabels);
/** Lower-case nouns right before a name that say it is a body: "the journal Coastal Review", "team Zentrix". */
export const BODY_NOUNS_BEFORE = new Set(words.bodyNounsBefore);
/** Top-level domains: "Acme.com" is a website, so an organization. */
export const WEB_DOMAINS = new Set(words.webDomains);
/** Heads that come first in other languages' names: "Instituto X", "Banca X". */
export const ORGANIZATION_FIRST_WORDS = lower(words.organizationFirstWords);
/** "Harwick East", "Dunmore Central": a compass word after a name makes a district. */
export const PLACE_SUFFIXES = lower(words.placeSuffixes);
/** "Mr", "Ms": they mark a person but are no title worth listing. */
export const COURTESY_TITLES = new Set(words.courtesyTitles);
/** "al-Amr", "bin-Salman": lower-case particles joined by a hyphen to a name. */
export const HYPHEN_PARTICLES = new Set(words.hyphenParticles);
export const SPEECH_LEMMAS = new Set(words.speechLemmas);
export const PLACE_PREPOSITIONS = new Set(words.placePrepositions);

/** Title heads and modifiers in one set, as both are asked about together. */
const TITLE_WORDS = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS]);
export const isTitleWord = (lowerText: string): boolean => TITLE_WORDS.has(lowerText);
/** Heads of organizations, initiatives and places in one set: "is it any head" is one lookup. */
export const ANY_HEADS = new Set([...ORGANIZATION_HEADS, ...INITIATIVE_HEADS, ...PLACE_HEADS]);
