/**
 * Pass 4: one entity per referent. Mentions join an entity when they are the same known
 * place ("U.S." = "United States"), the same words, a part of a person's full name
 * ("Doe" = "Jane Doe", "Wu" = "Wu Jianfeng"), the first word of an organization's name,
 * the words of a long name before "of"/"for" ("Acme Foundation" = "Acme Foundation for the
 * Arts"), or its acronym (in parentheses after it, or its initials: "UN" = "United Nations").
 * The longest mentions found entities first, so order in the text does not matter. With
 * `sameType` (mentions typed by the tagger), a mention joins only an entity of its own type:
 * "Washington" the city is not "George Washington", nor "Kent" the club the county.
 */
import type { EntityType } from '../../types.js';
import type { TypedMention } from './3-types.js';
import { CONNECTORS, DEMONYMS, LONGEST_PLACE, PLACES } from './lexicon.js';

export interface Group {
  mentions: TypedMention[];
  type: EntityType | null;
  strength: number;
  /** The fullest form used: the most words, then the most characters. */
  name: TypedMention;
}

const size = (m: TypedMention) => m.last - m.first;
/** Case, dots and a possessive inside the name do not matter: "Velkran People's Party" = "Velkran People Party". */
function key(text: string): string {
  const lower = text.toLowerCase();
  // Most names hold no dot or apostrophe and are their own key.
  if (!HAS_DOT_OR_APOSTROPHE.test(lower)) return lower;
  return lower.replace(/\./g, '').replace(/[’']s /g, ' ').replace(/[’']/g, "'");
}
const HAS_DOT_OR_APOSTROPHE = /[.’']/;

/** `acronymAfter`: mention index → its short form, in parentheses beside it. */
export function groupMentions(mentions: TypedMention[], acronymAfter: Map<number, string>, sameType = false): Group[] {
  // Keys carry the type when types must agree.
  const typed = (m: TypedMention, k: string) => (sameType ? `${m.type} ${k}` : k);
  const groups: Group[] = [];
  const byText = new Map<string, Group>();
  const byPlace = new Map<string, Group>();
  const byWord = new Map<string, Group[]>();
  const byInitials = new Map<string, Group>();
  const byFirstWord = new Map<string, Group>();
  const order = mentions.map((_, i) => i).sort((a, b) => size(mentions[b]) - size(mentions[a]) || a - b);

  for (const index of order) {
    const m = mentions[index];
    // A known place is its own referent: "US" never joins an organization by its initials.
    const textKey = typed(m, key(m.text));
    const placeKey = m.place ? typed(m, m.place.key) : '';
    const found = m.place ? byPlace.get(placeKey) : byText.get(textKey) ?? partOf(m, byWord, byInitials, byFirstWord);
    const group = found && (!sameType || found.type === m.type) ? found : undefined;
    const acronym = acronymAfter.get(index);
    if (group) {
      add(group, m);
      // The short form may be given at the second mention ("... Acme Board (AB)").
      if (acronym) setIfNew(byText, typed(m, key(acronym)), group);
      continue;
    }
    const fresh: Group = { mentions: [m], type: m.type, strength: m.strength, name: m };
    groups.push(fresh);
    if (m.place) byPlace.set(placeKey, fresh);
    byText.set(textKey, fresh);
    const words = m.text.split(/[\s-]+/);
    if (words.length > 1) index_(fresh, words, byWord, byInitials, byFirstWord);
    // "Acme Foundation" is "Acme Foundation for the Arts": the name up to its first small word.
    if (m.type === 'organization' || m.type === 'initiative') for (const form of shorterForms(m.text)) setIfNew(byText, typed(m, key(form)), fresh);
    if (acronym) byText.set(typed(m, key(acronym)), fresh);
  }
  for (const g of groups) g.mentions.sort((a, b) => a.first - b.first);
  return groups;
}

/** The fullest form among mentions: the most words, then the most characters. */
export const fullest = (mentions: readonly TypedMention[]) => mentions.reduce((a, b) => (b.last - b.first > a.last - a.first || (b.last - b.first === a.last - a.first && b.text.length > a.text.length) ? b : a));

function setIfNew(byText: Map<string, Group>, textKey: string, group: Group): void {
  if (!byText.has(textKey)) byText.set(textKey, group);
}

function add(group: Group, m: TypedMention): void {
  group.mentions.push(m);
  if (m.strength > group.strength) { group.strength = m.strength; group.type = m.type; }
}

/**
 * Shorter names a body goes by: without a country or its adjective in front ("Kenyan High Court"
 * is "High Court"), and the words before "of", "for" or "on" ("Acme Foundation").
 */
function shorterForms(text: string): string[] {
  const space = text.indexOf(' ');
  const bare = space > 0 && DEMONYMS.has(text.slice(0, space).toLowerCase()) ? text.slice(space + 1) : withoutCountry(text);
  const forms: string[] = [];
  for (const form of [shortForm(text), bare, bare && shortForm(bare)]) if (form && form.includes(' ')) forms.push(form);
  return forms;
}

/** "Norway Home Office" → "Home Office": the name after a country's name in front. */
function withoutCountry(text: string): string | null {
  const words = text.split(' ');
  for (let n = Math.min(LONGEST_PLACE, words.length - 2); n >= 1; n--) {
    if (PLACES.get(words.slice(0, n).join(' ').toLowerCase())?.country) return words.slice(n).join(' ');
  }
  return null;
}

/** The words before the first " of ", " for " or " on " of a long name, if any. */
function shortForm(text: string): string | null {
  const cut = text.search(/ (?:of|for|on) /);
  return cut > 0 && text.slice(0, cut).includes(' ') ? text.slice(0, cut) : null;
}

function index_(g: Group, words: string[], byWord: Map<string, Group[]>, byInitials: Map<string, Group>, byFirst: Map<string, Group>): void {
  const content = words.filter((w) => !CONNECTORS.has(w));
  for (const w of [content[0], content.at(-1)!]) {
    const list = byWord.get(w) ?? [];
    if (!list.includes(g)) list.push(g);
    byWord.set(w, list);
  }
  const initials = content.map((w) => w[0]).join('').toLowerCase();
  if (initials.length > 1 && !byInitials.has(initials)) byInitials.set(initials, g);
  if (!byFirst.has(content[0])) byFirst.set(content[0], g);
}

/** The entity a shorter mention belongs to, if any. */
function partOf(m: TypedMention, byWord: Map<string, Group[]>, byInitials: Map<string, Group>, byFirst: Map<string, Group>): Group | undefined {
  // "CBX" is "CBX News" too: an acronym that opens a body's name.
  if (m.acronym) return byInitials.get(key(m.text)) ?? bodyNamed(byFirst.get(m.text));
  if (m.first !== m.last || m.place) return undefined;
  const people = (byWord.get(m.text) ?? []).filter((g) => g.type === 'person' || g.type === null);
  // Prefer a name known to be a person ("Jane Doe") to one that only looks like one ("Doe Prints").
  const surest = Math.max(...people.map((g) => g.strength));
  if (people.length > 0) return nearestBefore(people.filter((g) => g.strength === surest), m);
  const org = bodyNamed(byFirst.get(m.text));
  if (org && (m.type === null || m.type === 'organization' || m.strength < 2)) return org;
  return undefined;
}

const bodyNamed = (g: Group | undefined) => (g?.type === 'organization' ? g : undefined);

/**
 * Among entities sharing a word, the one whose full name was written last before `m` (or the
 * first one): "Ana Doe met Eric Doe. Doe said" is Eric. One look per entity, so a name said a
 * thousand times costs no more than once.
 */
function nearestBefore(groups: Group[], m: TypedMention): Group {
  let best = groups[0];
  let bestStart = -1;
  for (const g of groups) if (g.name.first < m.first && g.name.first > bestStart) { best = g; bestStart = g.name.first; }
  return best;
}
