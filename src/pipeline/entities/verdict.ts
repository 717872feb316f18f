/**
 * The tagger's verdict on a group of the rules' mentions, and when it replaces the rules' type.
 * The rules were written for the project's conventions and news; the tagger learnt CoNLL++ and
 * GUM. Where the rules have evidence, it mostly stands; where they have little, the tagger decides.
 */
import type { EntityType } from '../../types.js';
import type { Group } from './4-group.js';
import { TAG_TYPES, type TaggedSpan } from './tagger/labels.js';

const REPORTED: (EntityType | null)[] = TAG_TYPES.map((t) => (t === 'misc' ? null : t));
const OUTSIDE = TAG_TYPES.length;
/**
 * The share of a group's mentions (each weighed by the tagger's confidence, calibrated on CoNLL++
 * dev) the tagger's verdict needs where the rules are weak or blind (sentence starts, headlines).
 */
const MAJORITY = 0.3;
/**
 * The share it needs on a group the rules saw as a name in running text but could not type. Not for
 * a person: the rules know given names, and what they leave untyped the tagger calls a person is
 * mostly a word of another kind (a creed, a game, a figure of myth).
 */
const UNTYPED = 0.6;

/**
 * When the tagger's type replaces the rules', chosen by measuring each change on CoNLL++ dev and
 * on the project's gold (test/gold). A place the tagger names as a body ("Leeds" the club) gained
 * on both. A pair of words the rules call a person for want of evidence ("Dynamo Moscow") and a
 * lone word they call a body because it speaks ("Shearer said") gain much on CoNLL++ and cost a
 * little on the project's gold, so the tagger decides those only where the rules' evidence is weak;
 * so too a lone word they call a body that the tagger calls a place, and a person it is nearly sure
 * is a place. A known place the tagger is nearly sure is a person ("Washington said", a player
 * named like a city) is a person, whatever the rules' evidence. The other change (a body of several
 * words to a place) cost more on the project's gold than it gained: the tagger learnt other
 * conventions, and the rules stand.
 */
const ALWAYS: ReadonlySet<string> = new Set(['place>organization']);
/** The changes made where the tagger is nearly sure, whatever the rules' evidence. */
const WHEN_NEARLY_SURE: ReadonlySet<string> = new Set(['place>person']);
/** The changes made where the rules' evidence is weak, each with what else it needs. */
const WHEN_WEAK: ReadonlyMap<string, (g: Group, share: number) => boolean> = new Map([
  ['person>organization', () => true],
  ['organization>person', () => true],
  // A lone word the rules call a body for want of evidence: a venue, a city in a results table.
  // Not a name of several words: a body named after a place ("Team Ruritania") reads to the tagger as a place.
  ['organization>place', (g: Group) => !g.name.text.includes(' ')],
  // A name the rules call a person for want of evidence, where the tagger is nearly sure of a place.
  ['person>place', (_g: Group, share: number) => share >= NEARLY_SURE],
]);
const NEARLY_SURE = 0.8;
/** Rule strength below which evidence is weak (0: no evidence; 1: a hint, as speaking). */
const WEAK = 2;
/** The strongest evidence: a head word, a known place, a title in front. */
const STRONG = 3;
/** The share of a group's mentions the tagger must read as no name for it to drop a person or body the rules hold. */
const NO_NAME = 0.9;
/**
 * The share for a person the rules hold on weak evidence (a pair of capitalised words, a word that
 * speaks): an event, a nationality or a headline's words as often as a name ("Olympic", "Serb").
 * Chosen on CoNLL++ dev and the project's gold: lower, it drops people with a title in lower case before them.
 */
const NO_NAME_WEAK_PERSON = 0.75;
const CERTAIN = 0.96;

/** The group's type: the rules', or the tagger's where they are weak or the tagger sure; null: no entity. */
export function decide(g: Group, ruled: EntityType | undefined, verdict: EntityType | null, share: number): EntityType | null {
  // Seen only where any word is capitalised (sentence starts, headlines): the rules can tell little there.
  const tentative = g.mentions.every((m) => m.tentative);
  if (!ruled) return verdict && (tentative ? share >= MAJORITY : verdict !== 'person' && share >= UNTYPED) ? verdict : null;
  if (ruled === 'initiative' || verdict === ruled || share < MAJORITY) return ruled;
  if (verdict === null) {
    // A body named with no evidence at all ("W D L", "Women" in a table) that the tagger reads as no name.
    if (ruled === 'organization' && g.strength === 0) return null;
    // A person or body the tagger is sure is no name of either (an event, a league, a nationality:
    // "the Open", "Azeris"); where the rules' evidence is the strongest (a head word: "the Eastern
    // Division"), all but certain.
    const needs = g.strength >= STRONG ? CERTAIN : ruled === 'person' && g.strength < WEAK ? NO_NAME_WEAK_PERSON : NO_NAME;
    return ruled !== 'place' && share >= needs ? null : ruled;
  }
  const change = `${ruled}>${verdict}`;
  if (tentative || ALWAYS.has(change) || (WHEN_NEARLY_SURE.has(change) && share >= NEARLY_SURE) || (g.strength < WEAK && WHEN_WEAK.get(change)?.(g, share))) return verdict;
  return ruled;
}

/** What the tagger says of a group: the type with the most weight, its share, and each type's share. */
export interface Vote {
  verdict: EntityType | null;
  share: number;
  /** The share of a type (0 where the tagger never gave it). */
  shareOf(type: EntityType): number;
}

/**
 * Per mention, the type of the tagged name over most of it (or none), weighted by how sure the
 * tagger is; each type's share is its weight over the number of mentions.
 */
export function vote(g: Group, spans: TaggedSpan[], spanAt: Int32Array, sure: number[], marginal: Float64Array): Vote {
  const votes = new Float64Array(OUTSIDE + 1);
  for (const m of g.mentions) {
    let best = -1;
    let bestOverlap = 0;
    let outside = 0;
    for (let t = m.first; t <= m.last; t++) {
      const s = spanAt[t];
      if (s < 0) { outside++; continue; }
      const overlap = Math.min(spans[s].last, m.last) - Math.max(spans[s].first, m.first) + 1;
      if (overlap > bestOverlap) { best = s; bestOverlap = overlap; }
    }
    if (best < 0 || bestOverlap < outside) { votes[OUTSIDE] += lowest(marginal, m.first, m.last); continue; }
    // A tagged name running on past the mention ("the Acme Council's Jane Doe" as one) says nothing of it.
    const span = spans[best];
    if (span.first < m.first || span.last > m.last) continue;
    votes[span.type] += sure[best];
  }
  let verdict = 0;
  for (let t = 1; t <= OUTSIDE; t++) if (votes[t] > votes[verdict]) verdict = t;
  const count = g.mentions.length;
  return {
    verdict: verdict === OUTSIDE ? null : REPORTED[verdict],
    share: votes[verdict] / count,
    shareOf: (type) => {
      const t = REPORTED.indexOf(type);
      return t < 0 ? 0 : votes[t] / count;
    },
  };
}

/** The lowest of `values[first..last]`. */
export const lowest = (values: Float64Array, first: number, last: number) => {
  let low = 1;
  for (let i = first; i <= last; i++) low = Math.min(low, values[i]);
  return low;
};
