/** Finding the entity a speaker phrase points to, through the mentions of the entity stage. */
import type { Doc } from '../doc.js';
import type { FoundEntity, ResolvedSpeaker } from '../stages.js';
import type { EntityType } from '../../types.js';

const TITLE_REACH = 40;

export function speakerOfEntity(entities: FoundEntity[], index: number): ResolvedSpeaker {
  const e = entities[index];
  return { name: e.name, entity: index, type: e.type === 'person' ? 'person' : 'organization' };
}

/**
 * With start ≥ 0: the entity with a mention overlapping [start, end) (the latest-starting one).
 * With start < 0: the entity of the nearest mention ending before `end`.
 */
export function entityAt(entities: FoundEntity[], start: number, end: number, type?: EntityType): number {
  let best = -1;
  let bestAt = -1;
  entities.forEach((entity, index) => {
    if (type && entity.type !== type) return;
    for (const m of entity.mentions) {
      const hit = start >= 0 ? m.start < end && m.end > start : m.end <= end;
      const at = start >= 0 ? m.start : m.end;
      if (hit && at > bestAt) { best = index; bestAt = at; }
    }
  });
  return best;
}

/** A person whose name ends with the given surname ("Lee" → "Ann Lee"). */
export function entityBySurname(entities: FoundEntity[], surname: string): number {
  const last = surname.split(' ').at(-1);
  return entities.findIndex((e) => e.type === 'person' && e.name !== surname && (e.name.split(' ').at(-1) === last || e.aliases.includes(surname)));
}

/** The person that carries a title word ("the minister"): in its titles, or written right before a mention earlier on. */
export function personWithTitle(doc: Doc, entities: FoundEntity[], title: string, before: number): number {
  let best = -1;
  let bestAt = -1;
  entities.forEach((e, index) => {
    if (e.type !== 'person') return;
    const titled = e.titles.some((t) => t.toLowerCase().split(' ').includes(title));
    for (const m of e.mentions) {
      if (m.start >= before || m.start <= bestAt) continue;
      const lead = doc.text.slice(Math.max(0, m.start - TITLE_REACH), m.start).toLowerCase();
      if (titled || lead.includes(title)) { best = index; bestAt = m.start; }
    }
  });
  return best;
}

/** The organization whose name holds the head word ("the ministry" → "Ministry of Finance"), nearest before. */
export function entityByHead(entities: FoundEntity[], head: string, before: number): number {
  let best = -1;
  let bestAt = -1;
  entities.forEach((e, index) => {
    if (e.type !== 'organization' || !e.name.toLowerCase().split(' ').includes(head)) return;
    for (const m of e.mentions) if (m.start < before && m.start > bestAt) { best = index; bestAt = m.start; }
  });
  return best;
}
