/**
 * The entity stage with a model: the rules' names, redrawn where the tagger is sure they hold two
 * names or are parts of one (`redraw.ts`), grouped as the rules group them, each group
 * typed by the rules or by the tagger's verdict over its mentions (`verdict.ts`), and the tagger's
 * own names where the rules saw none and capitals prove nothing (headlines, sentence starts). The
 * rules keep the project's conventions (a name in full, a facility is a place, titles in front of
 * a person's name, initiatives, which no training data has). Then misspellings, aliases, titles
 * and affiliation, as with the rules alone. `misc` is not reported.
 */
import type { Doc } from '../doc.js';
import type { EntityType } from '../../types.js';
import type { FoundEntity } from '../stages.js';
import { isAcronym } from './0-tokens.js';
import type { TypedMention } from './3-types.js';
import { parentheticalAcronyms } from './3a-parentheses.js';
import { fullest, groupMentions, type Group } from './4-group.js';
import { buildEntities } from './6-entities.js';
import { COMMON_WORDS, DEMONYMS, GIVEN_NAMES, PLACES, TITLE_HEADS, isTitleWord } from './lexicon.js';
import { isEveryday, nameText } from './names.js';
import { redrawCandidates, type RedrawConfidence } from './redraw.js';
import { analyseByRules, analyseCandidates, type RuleAnalysis } from './rules.js';
import { ConfidenceWork } from './tagger/confidence.js';
import { taggerInput } from './tagger/features.js';
import { TAG_TYPES, spansOf, type TaggedSpan } from './tagger/labels.js';
import type { NameTagger, Tagging } from './tagger/tagger.js';
import { decide, lowest, vote } from './verdict.js';

const REPORTED: (EntityType | null)[] = TAG_TYPES.map((t) => (t === 'misc' ? null : t));
/** Confidence to three decimals: more would claim a precision the scores do not have. */
const rounded = (p: number) => Math.round(Math.min(1, p) * 1000) / 1000;
/** The confidence a name the rules did not see at all needs. */
const SURE = 0.5;
/**
 * How sure of its names the tagger must be to redraw the rules' candidates (`redraw.ts`), each
 * chosen on CoNLL++ dev and the project's gold. Merging asks most: below 0.95 it joined a body
 * and the person after it on the project's gold.
 */
const REDRAW: RedrawConfidence = { split: 0.6, merge: 0.95, extend: 0.9 };

export function taggedEntities(doc: Doc, tagger: NameTagger, confidence: ConfidenceWork): FoundEntity[] {
  const ruled = analyseByRules(doc);
  const tagging = tagger.tag(taggerInput(doc, ruled));
  const n = doc.tokens.length;
  const spans = spansOf(tagging.labels, 0, n);
  const marginal = marginals(doc, tagging, confidence, spans, ruled.mentions);
  const spanAt = new Int32Array(n).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.first, s.last + 1));
  const sure = spans.map((s) => lowest(marginal, s.first, s.last));
  const redrawn = redrawCandidates(ruled.view, ruled.mentions, spans, sure, REDRAW);
  const rules = redrawn ? analyseCandidates(ruled.view, redrawn) : ruled;

  const typeOf = new Map<Group, EntityType>();
  const confidenceOf = new Map<Group, number>();
  // Tokens the rules read as part of a name or as a title in front of one: the tagger adds no name there.
  const seen = new Uint8Array(n);
  const split: Group[] = [];
  for (const m of rules.mentions) if (m.title) seen.fill(1, m.title.first, m.title.last + 1);
  for (const g of rules.groups) {
    for (const m of g.mentions) seen.fill(1, m.first, m.last + 1);
    const said = vote(g, spans, spanAt, sure, marginal);
    const type = decide(g, rules.typeOf.get(g), said.verdict, said.share);
    if (!type) continue;
    typeOf.set(g, type);
    // How sure the tagger is of the type reported, even where the rules' type stands against it.
    if (type !== 'initiative') confidenceOf.set(g, rounded(said.shareOf(type)));
    if (type === 'person') for (const m of g.mentions) trimFront(rules, m, spans, spanAt, sure);
    const other = splitOff(g, type, spans, spanAt, sure);
    if (other) { split.push(other.group); typeOf.set(other.group, other.group.type!); confidenceOf.set(other.group, rounded(other.confidence)); }
  }

  // Names the rules did not see at all, where capitals prove nothing (the rules' blind spot).
  const added: TypedMention[] = [];
  const addedSure = new Map<TypedMention, number>();
  spans.forEach((span, i) => {
    const type = REPORTED[span.type];
    if (!type || sure[i] < SURE) return;
    for (let t = span.first; t <= span.last; t++) if (seen[t] || rules.view.level[t] >= 2) return;
    // An everyday word alone ("the Court", "the State") is no name, as the rules hold.
    if (span.first === span.last && (isEveryday(rules.view.lower[span.first]) || rules.view.common.has(rules.view.lower[span.first]))) return;
    const m = mentionOf(rules, span, type);
    added.push(m);
    addedSure.set(m, sure[i]);
  });
  const groups = [...rules.groups, ...split];
  const groupOf = new Map(rules.groupOf);
  for (const g of split) for (const m of g.mentions) groupOf.set(m, g);
  const mentions = [...rules.mentions];
  if (added.length > 0) {
    for (const g of groupMentions(added, parentheticalAcronyms(rules.view, added), true)) {
      groups.push(g);
      typeOf.set(g, g.type!);
      for (const m of g.mentions) { groupOf.set(m, g); mentions.push(m); confidenceOf.set(g, rounded(Math.max(confidenceOf.get(g) ?? 0, addedSure.get(m)!))); }
    }
    mentions.sort((a, b) => a.first - b.first);
  }
  return buildEntities(doc, { view: rules.view, mentions, groups, typeOf, groupOf, confidenceOf });
}

/** How sure of a person's name the tagger must be to take words other than nationalities off the front of the rules' mention (chosen on CoNLL++ dev). */
const TRIM = 0.5;

/**
 * "Australian Tom Moody", "Democrat Jane Doe", "Ruritanian President Jan Velk", "Major-General
 * Jan Velk": a person's name does not begin with a nationality, a party or a role. Where the tagger's
 * person ends with the rules' mention and starts later, the mention starts there too: after
 * nationality words alone, or where the tagger is sure and no word cut is a given name. A title
 * head right before the name ends the mention's title, which takes the title words before it.
 */
function trimFront(rules: RuleAnalysis, m: TypedMention, spans: TaggedSpan[], spanAt: Int32Array, sure: number[]): void {
  const s = spanAt[m.last];
  if (s < 0) return;
  const span = spans[s];
  if (REPORTED[span.type] !== 'person' || span.last !== m.last || span.first <= m.first) return;
  const { lower } = rules.view;
  let nationalities = true;
  for (let i = m.first; i < span.first; i++) {
    if (GIVEN_NAMES.has(lower[i])) return;
    nationalities &&= DEMONYMS.has(lower[i]);
  }
  if (!nationalities && sure[s] < TRIM) return;
  if (TITLE_HEADS.has(lower[span.first - 1])) {
    let first = span.first - 1;
    while (first > m.first && (isTitleWord(lower[first - 1]) || lower[first - 1] === '-')) first--;
    m.title = { first: m.title?.first ?? first, last: span.first - 1 };
    if (!m.affiliation && DEMONYMS.has(lower[first - 1])) m.affiliation = DEMONYMS.get(lower[first - 1]);
  }
  m.first = span.first;
  m.text = m.written = nameText(rules.view, m);
}

/** A city and the club named after it, a country and its team: the two kinds a place's name is read as. */
const NAMESAKE: Partial<Record<EntityType, EntityType>> = { place: 'organization', organization: 'place' };
/** How sure of a mention the tagger must be to take it from its group as the namesake. */
const SPLIT = 0.7;
/** A split group's strength: the tagger is sure of it. */
const STRONGEST = 3;

/**
 * "LEEDS 1996-08-30" beside "Leeds 2 Chelsea 1": where the group is a place or a body and the
 * tagger is sure some of its mentions are the other, those mentions are another referent, a group
 * of their own, as sure as the tagger's least sure of them. The group keeps at least one.
 */
function splitOff(g: Group, type: EntityType, spans: TaggedSpan[], spanAt: Int32Array, sure: number[]): { group: Group; confidence: number } | null {
  const namesake = NAMESAKE[type];
  if (!namesake || g.mentions.length < 2) return null;
  const moved: TypedMention[] = [];
  let low = 1;
  for (const m of g.mentions) {
    const s = spanAt[m.first];
    if (s < 0 || spans[s].first !== m.first || spans[s].last !== m.last || REPORTED[spans[s].type] !== namesake || sure[s] < SPLIT) continue;
    moved.push(m);
    low = Math.min(low, sure[s]);
  }
  if (moved.length === 0 || moved.length === g.mentions.length) return null;
  g.mentions = g.mentions.filter((m) => !moved.includes(m));
  g.name = fullest(g.mentions);
  return { group: { mentions: moved, type: namesake, strength: STRONGEST, name: fullest(moved) }, confidence: low };
}

/** A tagged name as a mention the later passes read. */
function mentionOf(rules: RuleAnalysis, span: TaggedSpan, type: EntityType): TypedMention {
  const { view } = rules;
  const text = nameText(view, span);
  const lower = text.toLowerCase();
  const tentative = view.level.slice(span.first, span.last + 1).every((level) => level < 2);
  return {
    first: span.first, last: span.last, sentence: view.doc.tokens[span.first].sentence, written: text, text,
    place: type === 'place' ? PLACES.get(lower) : undefined,
    tentative, type, strength: 3,
    acronym: span.first === span.last && isAcronym(text) && !view.common.has(lower) && !(lower.length >= 4 && COMMON_WORDS.has(lower)),
    programme: false,
  };
}


/**
 * Per token, the marginal probability of the label it got, wherever it is read: the tokens of the
 * tagged names and of the rules' mentions, in the sentences a name begins in (others stay 0: a
 * mention that runs on into a sentence where none begins, "Example." + "org", reads 0 there).
 */
function marginals(doc: Doc, tagging: Tagging, work: ConfidenceWork, spans: TaggedSpan[], mentions: TypedMention[]): Float64Array {
  const { tokens } = doc;
  const marginal = new Float64Array(tokens.length);
  const named = new Uint8Array(doc.sentences.length);
  for (const s of spans) named[tokens[s.first].sentence] = 1;
  for (const m of mentions) named[tokens[m.first].sentence] = 1;
  const wanted = new Uint8Array(tokens.length);
  const want = (first: number, last: number) => { for (let i = first; i <= last; i++) wanted[i] = named[tokens[i].sentence]; };
  for (const s of spans) want(s.first, s.last);
  for (const m of mentions) want(m.first, m.last);
  work.marginalsWhere(tagging.emissions, tagging.labels, doc.sentences, wanted, marginal);
  return marginal;
}
