/**
 * The entity stage with a model: the tagger's names and types, and the rules for what no training
 * data has. Initiatives (named plans, treaties, acts) come from the rules and win over a name the
 * tagger gives another type; titles in front of a person's name are the rules' too. Then grouping
 * (pass 4, each name joining only an entity of its own type), misspellings, aliases, titles and
 * affiliation, as with the rules alone. `misc` names are not reported.
 */
import type { Doc } from '../doc.js';
import type { EntityType } from '../../types.js';
import type { FoundEntity } from '../stages.js';
import { isAcronym } from './0-tokens.js';
import type { TypedMention } from './3-types.js';
import { parentheticalAcronyms } from './3a-parentheses.js';
import { groupMentions, type Group } from './4-group.js';
import { buildEntities } from './6-entities.js';
import { COMMON_WORDS, PLACES } from './lexicon.js';
import { nameText } from './names.js';
import { analyseByRules, type RuleAnalysis } from './rules.js';
import { ConfidenceWork } from './tagger/confidence.js';
import { taggerInput } from './tagger/features.js';
import { TAG_TYPES, spansOf, type TaggedSpan } from './tagger/labels.js';
import type { NameTagger, Tagging } from './tagger/tagger.js';

const REPORTED: (EntityType | null)[] = TAG_TYPES.map((t) => (t === 'misc' ? null : t));

export function taggedEntities(doc: Doc, tagger: NameTagger, confidence: ConfidenceWork): FoundEntity[] {
  const rules = analyseByRules(doc);
  const tagging = tagger.tag(taggerInput(doc, rules));
  const spans = spansOf(tagging.labels, 0, doc.tokens.length);
  const sure = spanConfidence(doc, tagging, spans, confidence);
  const initiatives = rules.mentions.filter((m) => { const g = rules.groupOf.get(m); return g !== undefined && rules.typeOf.get(g) === 'initiative'; });
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of initiatives) covered.fill(1, m.first, m.last + 1);
  const ruleByLast = new Map(rules.mentions.map((m) => [m.last, m]));
  const ruleAt = new Int32Array(doc.tokens.length).fill(-1);
  rules.mentions.forEach((m, i) => ruleAt.fill(i, m.first, m.last + 1));
  const mentions: TypedMention[] = [];
  const confidenceOf = new Map<TypedMention, number>();
  spans.forEach((span, i) => {
    const type = REPORTED[span.type];
    if (!type) return;
    joinTouching(rules, span, ruleAt);
    for (let t = span.first; t <= span.last; t++) if (covered[t]) return;
    const m = mentionOf(rules, span, type, ruleByLast.get(span.last));
    if (!m) return;
    mentions.push(m);
    confidenceOf.set(m, sure[i]);
  });
  mentions.push(...initiatives);
  mentions.sort((a, b) => a.first - b.first);
  const groups = groupMentions(mentions, parentheticalAcronyms(rules.view, mentions), true);
  const typeOf = new Map<Group, EntityType>();
  const groupOf = new Map<TypedMention, Group>();
  const groupConfidence = new Map<Group, number>();
  for (const g of groups) {
    typeOf.set(g, g.type!);
    for (const m of g.mentions) {
      groupOf.set(m, g);
      const c = confidenceOf.get(m);
      if (c !== undefined) groupConfidence.set(g, Math.max(groupConfidence.get(g) ?? 0, c));
    }
  }
  return buildEntities(doc, { view: rules.view, mentions, groups, typeOf, groupOf, confidenceOf: groupConfidence });
}

/**
 * "Leung Kwok-hung" tagged "Leung Kwok": wink-nlp splits a hyphenated word in three tokens, and a
 * name the tagger ends (or starts) inside a word written without spaces is taken to the end of the
 * rules' name there. Only over tokens that touch: where a space is, the tagger's boundary stands.
 */
function joinTouching(rules: RuleAnalysis, span: TaggedSpan, ruleAt: Int32Array): void {
  const tokens = rules.view.doc.tokens;
  const index = ruleAt[span.last] >= 0 ? ruleAt[span.last] : ruleAt[span.first];
  if (index < 0) return;
  const rule = rules.mentions[index];
  let last = span.last;
  while (last < rule.last && tokens[last + 1].space === '') last++;
  let first = span.first;
  while (first > rule.first && tokens[first].space === '') first--;
  span.first = first;
  span.last = last;
}

/** A tagged name as a mention the later passes read; a person's title in front is the rules'. */
function mentionOf(rules: RuleAnalysis, span: TaggedSpan, type: EntityType, rule: TypedMention | undefined): TypedMention | null {
  const { view } = rules;
  let first = span.first;
  // "Foreign Minister Ann Veld" tagged whole: the rules' name after the title.
  if (type === 'person' && rule?.title && rule.first > first && rule.title.first >= first) first = rule.first;
  const same = rule !== undefined && rule.first === first;
  const run = { first, last: span.last };
  const text = nameText(view, run);
  const lower = text.toLowerCase();
  const tentative = view.level.slice(first, span.last + 1).every((level) => level < 2);
  return {
    first, last: span.last, sentence: view.doc.tokens[first].sentence, written: text, text,
    title: same && type === 'person' ? rule.title : undefined, affiliation: same && type === 'person' ? rule.affiliation : undefined,
    place: type === 'place' ? PLACES.get(lower) : undefined,
    tentative, type, strength: 3,
    acronym: first === span.last && isAcronym(text) && !view.common.has(lower) && !(lower.length >= 4 && COMMON_WORDS.has(lower)),
    programme: false,
  };
}

/** Per span, the lowest marginal probability of its tokens' labels. */
function spanConfidence(doc: Doc, tagging: Tagging, spans: TaggedSpan[], work: ConfidenceWork): number[] {
  if (spans.length === 0) return [];
  const marginal = new Float64Array(doc.tokens.length);
  let s = 0;
  for (const sentence of doc.sentences) {
    while (s < spans.length && spans[s].last < sentence.first) s++;
    if (s < spans.length && spans[s].first <= sentence.last) work.marginals(tagging.emissions, tagging.labels, sentence.first, sentence.last, marginal);
  }
  return spans.map((span) => {
    let low = 1;
    for (let i = span.first; i <= span.last; i++) low = Math.min(low, marginal[i]);
    return Math.round(low * 1000) / 1000;
  });
}
