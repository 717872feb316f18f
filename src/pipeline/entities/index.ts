/**
 * The entity stage: people, organizations, initiatives and places, one entity per referent.
 * wink-nlp gives no such entities, so they are built in passes over its tokens:
 * 0 token views → 1 raw runs → 2 name mentions and titles → 3 types → 4 grouping (4a: misspelt
 * names, 4b: lists) → 5 titles.
 */
import type { Doc } from '../doc.js';
import type { EntityType } from '../../types.js';
import type { FoundEntity } from '../stages.js';
import { viewTokens, type TokenView } from './0-tokens.js';
import { findRuns } from './1-runs.js';
import { GROUP_ENDING, shapeRuns } from './2-shape.js';
import { typeMentions, type TypedMention } from './3-types.js';
import { groupMentions, type Group } from './4-group.js';
import { parentheticalAcronyms } from './3a-parentheses.js';
import { joinMisspellings, type TypedGroup } from './4a-misspellings.js';
import { typeByList } from './4b-lists.js';
import { titleOf } from './5-titles.js';
import { isCredited, isEveryday, isPluralThing } from './names.js';
import { COMMON_WORDS, COURTESY_TITLES, GIVEN_NAMES, PLACES } from './lexicon.js';


export function findEntities(doc: Doc): FoundEntity[] {
  const view = viewTokens(doc);
  const mentions = typeMentions(view, shapeRuns(view, findRuns(view)));
  const all = groupMentions(mentions, parentheticalAcronyms(view, mentions));
  const typeOf = new Map<Group, EntityType>();
  for (const group of all) {
    const type = finalType(view, group);
    if (type) typeOf.set(group, type);
  }
  const groupOf = new Map<TypedMention, Group>();
  for (const g of all) for (const m of g.mentions) groupOf.set(m, g);
  for (const [group, type] of typeByList(view, mentions, groupOf, typeOf)) typeOf.set(group, type);
  const typed: TypedGroup[] = [];
  for (const group of all) { const type = typeOf.get(group); if (type) typed.push({ group, type }); }
  const kept = joinMisspellings(typed);
  // A misspelling joined into another entity takes its mentions along; most articles have none.
  if (kept !== typed) for (const { group } of kept) for (const m of group.mentions) groupOf.set(m, group);
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const nameOf = (m: TypedMention) => { const g = groupOf.get(m); return g ? g.name.text : m.text; };

  const surnames = new Set(all.filter((g) => g.type === 'person' && g.strength >= 2).map((g) => lastWord(g.name.text)));
  const entities: FoundEntity[] = [];
  for (const { group: g, type } of kept) {
    // "the Doe Prints" after "Jane Doe": a person's name used as a modifier, not a new entity.
    if (g.strength < 2 && g.name.first !== g.name.last && surnames.has(firstWord(g.name.text)) && isModified(view, g)) continue;
    const entity: FoundEntity = {
      type, name: g.name.text, aliases: [], titles: [], affiliation: null,
      mentions: g.mentions.map((m) => ({ first: m.first, last: m.last, start: doc.tokens[m.first].start, end: doc.tokens[m.last].end, sentence: m.sentence })),
    };
    for (const m of g.mentions) {
      // A name sharing its head with another ("State" of "the State and Justice Departments") also goes by what is written.
      const written = m.sharedHead ? m.text.slice(0, -m.sharedHead.length - 1) : m.text;
      addAlias(entity, m.text);
      if (written !== m.text) addAlias(entity, written);
      if (type !== 'person') continue;
      const title = titleOf(view, m, byFirst, nameOf);
      if (title && !COURTESY_TITLES.has(title.title) && !entity.titles.includes(title.title)) entity.titles.push(title.title);
      if (title?.affiliation && !entity.affiliation) entity.affiliation = title.affiliation;
    }
    entities.push(entity);
  }
  return entities;
}

/** Another form the entity goes by, once, and never its name. */
function addAlias(entity: FoundEntity, form: string): void {
  if (form !== entity.name && !entity.aliases.includes(form)) entity.aliases.push(form);
}

const UNDOTTED_ACRONYM = /^\p{Lu}{2,}$/u;
const firstWord = (text: string) => text.split(' ')[0];
/** The word after the name is a common noun: plural ("Prints") or written in lower case elsewhere. */
const isModified = (view: TokenView, g: Group) => {
  const noun = view.lower[g.name.last];
  const hyphenated = view.doc.tokens[g.name.last - 1].type === 'punctuation';
  // ... or the name itself stands before a lower-case noun: "the Doe Print exhibits".
  const next = view.doc.tokens[g.name.last + 1];
  const beforeNoun = next !== undefined && next.pos === 'NOUN' && next.text === view.lower[g.name.last + 1];
  return !hyphenated && (noun.endsWith('s') || view.common.has(noun) || beforeNoun);
};
const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);

/**
 * The type an entity gets: its strongest evidence; with none, a name of several words is a
 * person (unless it opens with an everyday word) and a single word mentioned twice an organization. Names seen only where any word is capitalised
 * (sentence starts, headlines) must be a known place, an acronym, a credited name, or a person by title or speech.
 */
function finalType(view: TokenView, g: Group): EntityType | null {
  const tentative = g.mentions.every((m) => m.tentative);
  const single = !g.name.text.includes(' ');
  const known = g.mentions.some((m) => m.place || m.acronym || (m.type === 'person' && isCredited(view, m.first)));
  // A lone word at a sentence start counts only if it speaks and is no plural ("Doe said", not "Critics said").
  const speaksAlone = single && g.type === 'person' && g.strength === 1 && !g.name.text.endsWith('s');
  if (tentative && !known && !speaksAlone && (single || g.type !== 'person' || g.strength === 2)) return null;
  // "Ohioans", "Methodists": a group of people, not an entity.
  if (single && g.strength < 2 && GROUP_ENDING.test(g.name.text)) return null;
  // "the XYZ scheme", every time: a programme, whatever its name looks like.
  if (g.strength < 3 && g.mentions.every((m) => m.programme)) return 'initiative';
  // A lone word that only speaks is an organization ("Acme said"): news names a person in full first.
  if (g.type && !(single && g.type === 'person' && g.strength < 2)) return g.type;
  if (single) {
    if (GIVEN_NAMES.has(g.name.text.toLowerCase())) return 'person';
    if (g.type === 'person') return 'organization';
    // A lone capitalised word with no other sign is an organization if the article comes back
    // to it; once only, or an everyday word ("the Lantern"), it is more often a title, a product or emphasis.
    return g.mentions.length >= 2 && !COMMON_WORDS.has(g.name.text.toLowerCase()) ? 'organization' : null;
  }
  const words = g.name.text.split(' ').length;
  if (!looksLikePersonName(view, g.name)) return g.mentions.length >= 2 ? 'organization' : null;
  if (words > 3 || g.name.text.includes(' of ')) return 'organization';
  if (!isEveryday(view.lower[g.name.first])) return 'person';
  // "Statistics Norway", "Team Kenya": an everyday word and a country name a national body.
  return g.name.last === g.name.first + 1 && PLACES.get(view.lower[g.name.last])?.country ? 'organization' : null;
}

/** People's names hold no acronym, digit or "&" ("Acme VR", "Model T-1000", "Velk A&B"); initials ("J.R.") are fine. */
function looksLikePersonName(view: TokenView, m: TypedMention): boolean {
  for (let i = m.first; i <= m.last; i++) {
    const t = view.doc.tokens[i];
    if (t.type !== 'word') continue;
    if (/\d/.test(t.text) || UNDOTTED_ACRONYM.test(t.text) || t.text.includes('&')) return false;
  }
  // "Harbour Girls", "Coastal Relations": a plural the article also writes in lower case, or of an everyday word.
  const last = view.lower[m.last];
  return !(last.endsWith('s') && view.common.has(last)) && !isPluralThing(last);
}
