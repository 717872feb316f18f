import type { Entity } from '../types.js';
import type { GoldEntity } from './gold.js';
import { entityKey } from './names.js';
import type { CountTally, EntityTally } from './tally.js';

export interface EntityOutcome {
  pairs: { gold: GoldEntity; predicted: Entity }[];
  missed: GoldEntity[];
  falsePositives: Entity[];
}

function keysOf(entity: { name: string; aliases: string[] }): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(entityKey).filter((key) => key !== ''));
}

/**
 * A predicted entity matches a gold one of the same type when any of its name and aliases equals
 * any of the gold's (see entityKey). One to one, in the order of the prediction: a referent split
 * in two counts once as found and once as a false positive.
 */
export function scoreEntities(gold: GoldEntity[], predicted: Entity[]): { tally: EntityTally; outcome: EntityOutcome } {
  const byType: Record<string, CountTally> = {};
  const typeTally = (type: string) => (byType[type] ??= { gold: 0, predicted: 0, matched: 0 });
  const goldKeys = gold.map(keysOf);
  const used = new Set<number>();
  const outcome: EntityOutcome = { pairs: [], missed: [], falsePositives: [] };
  for (const entity of gold) typeTally(entity.type).gold++;
  for (const entity of predicted) {
    typeTally(entity.type).predicted++;
    const keys = keysOf(entity);
    const match = gold.findIndex((g, i) => !used.has(i) && g.type === entity.type && [...keys].some((key) => goldKeys[i].has(key)));
    if (match === -1) {
      outcome.falsePositives.push(entity);
      continue;
    }
    used.add(match);
    typeTally(entity.type).matched++;
    outcome.pairs.push({ gold: gold[match], predicted: entity });
  }
  outcome.missed = gold.filter((_, i) => !used.has(i));
  return { tally: { byType }, outcome };
}
