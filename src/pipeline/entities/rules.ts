/**
 * The entity rules, passes 0 to 4b: token views, runs, name mentions, their types and strengths,
 * groups, and the type each group gets. On their own they make the entities of an article with no
 * model; with the tagger, what they say of each token is evidence the model weighs.
 */
import type { Doc } from '../doc.js';
import type { EntityType } from '../../types.js';
import { viewTokens, type TokenView } from './0-tokens.js';
import { findRuns } from './1-runs.js';
import { GROUP_ENDING, shapeRuns, type Candidate } from './2-shape.js';
import { typeMentions, type TypedMention } from './3-types.js';
import { parentheticalAcronyms } from './3a-parentheses.js';
import { groupMentions, type Group } from './4-group.js';
import { typeByList } from './4b-lists.js';
import { isCredited, isEveryday, isPluralThing } from './names.js';
import { COMMON_WORDS, GIVEN_NAMES, PLACES } from './lexicon.js';

export interface RuleAnalysis {
  view: TokenView;
  mentions: TypedMention[];
  groups: Group[];
  /** The type of each group the rules keep as an entity. */
  typeOf: Map<Group, EntityType>;
  groupOf: Map<TypedMention, Group>;
}

export function analyseByRules(doc: Doc): RuleAnalysis {
  const view = viewTokens(doc);
  return analyseCandidates(view, shapeRuns(view, findRuns(view)));
}

/** Passes 3 to 4b over name candidates: from the rules' passes 1 and 2, or as the tagger redrew them. */
export function analyseCandidates(view: TokenView, candidates: Candidate[]): RuleAnalysis {
  const mentions = typeMentions(view, candidates);
  const groups = groupMentions(mentions, parentheticalAcronyms(view, mentions));
  const typeOf = new Map<Group, EntityType>();
  for (const group of groups) {
    const type = finalType(view, group);
    if (type) typeOf.set(group, type);
  }
  const groupOf = new Map<TypedMention, Group>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  for (const [group, type] of typeByList(view, mentions, groupOf, typeOf)) typeOf.set(group, type);
  return { view, mentions, groups, typeOf, groupOf };
}

const UNDOTTED_ACRONYM = /^\p{Lu}{2,}$/u;

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
