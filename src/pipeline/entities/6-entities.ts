/**
 * Pass 6: typed groups become the stage's entities: misspelt names joined (4a), a person's name
 * used as a modifier dropped, aliases, and titles and affiliation of people (5).
 */
import type { Doc } from '../doc.js';
import type { FoundEntity } from '../stages.js';
import type { TokenView } from './0-tokens.js';
import type { TypedMention } from './3-types.js';
import { fullest, type Group } from './4-group.js';
import { joinMisspellings, type TypedGroup } from './4a-misspellings.js';
import { titleOf } from './5-titles.js';
import { COURTESY_TITLES } from './lexicon.js';
import type { RuleAnalysis } from './rules.js';

/** The rules' analysis, or the one the tagger has changed, with a confidence where a model decided. */
export interface EntityParts extends RuleAnalysis {
  /** 0–1 per group, where a model decided it. */
  confidenceOf?: Map<Group, number>;
}

export function buildEntities(doc: Doc, parts: EntityParts): FoundEntity[] {
  const { view, mentions, groups, typeOf, groupOf, confidenceOf } = parts;
  const typed: TypedGroup[] = [];
  for (const group of groups) { const type = typeOf.get(group); if (type) typed.push({ group, type }); }
  const kept = joinMisspellings(typed);
  // A misspelling joined into another entity takes its mentions along; most articles have none.
  if (kept !== typed) for (const { group } of kept) for (const m of group.mentions) groupOf.set(m, group);
  const byFirst = new Map(mentions.map((m) => [m.first, m]));
  const nameOf = (m: TypedMention) => { const g = groupOf.get(m); return g ? g.name.text : m.text; };

  const surnames = new Set(groups.filter((g) => g.type === 'person' && g.strength >= 2).map((g) => lastWord(g.name.text)));
  const entities: FoundEntity[] = [];
  for (const { group, type } of kept) {
    let g = group;
    // "the Doe Prints" after "Jane Doe": a person's name used as a modifier, not a new entity. A
    // place or body that also holds names without it ("Velkburg" after a headline's "Doe Velkburg
    // plan") keeps those; a person does not: the pair of names made it look like one.
    if (g.strength < 2 && g.name.first !== g.name.last && surnames.has(firstWord(g.name.text)) && isModified(view, g)) {
      const surname = firstWord(g.name.text);
      const own = type === 'person' ? [] : g.mentions.filter((m) => firstWord(m.text) !== surname);
      if (own.length === 0) continue;
      g = { ...g, mentions: own, name: fullest(own) };
    }
    const entity: FoundEntity = {
      type, name: g.name.text, aliases: [], titles: [], affiliation: null,
      mentions: g.mentions.map((m) => ({ first: m.first, last: m.last, start: doc.tokens[m.first].start, end: doc.tokens[m.last].end, sentence: m.sentence })),
    };
    const confidence = confidenceOf?.get(group);
    if (confidence !== undefined) entity.confidence = confidence;
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
