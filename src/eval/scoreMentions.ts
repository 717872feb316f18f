import type { Entity } from '../types.js';
import type { GoldMention } from './gold.js';
import type { EntityTally } from './tally.js';

/** The types mentions are scored for: CoNLL's PER, ORG and LOC. */
export const MENTION_TYPES = ['person', 'organization', 'place'];

/**
 * Mentions by exact span and type, as CoNLL scores them: each mention of a predicted entity takes
 * the entity's type; a span counts once per type however many entities name it.
 */
export function scoreMentions(gold: GoldMention[], predicted: Entity[]): EntityTally {
  const byType: EntityTally['byType'] = {};
  for (const type of MENTION_TYPES) {
    const goldSpans = new Set(gold.filter((m) => m.type === type).map((m) => `${m.start}:${m.end}`));
    const predictedSpans = new Set(predicted.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    let matched = 0;
    for (const span of predictedSpans) if (goldSpans.has(span)) matched++;
    byType[type] = { gold: goldSpans.size, predicted: predictedSpans.size, matched };
  }
  return { byType };
}
