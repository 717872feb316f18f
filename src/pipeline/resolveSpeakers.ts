import type { Doc } from './doc.js';
import type { FoundEntity, FoundStatement, ResolvedSpeaker } from './stages.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her']);

/** Each statement's speaker: the entity its source names, or the last speaker for a pronoun. */
export function resolveSpeakers(doc: Doc, entities: FoundEntity[], statements: FoundStatement[]): ResolvedSpeaker[] {
  const resolved: ResolvedSpeaker[] = [];
  let lastPerson: ResolvedSpeaker | null = null;
  for (const statement of statements) {
    const source = statement.source;
    let speaker: ResolvedSpeaker = { name: null, entity: null, type: null };
    if (source) {
      const entity = entityIn(entities, source.start, source.end);
      const text = doc.text.slice(source.start, source.end);
      if (entity >= 0) {
        const e = entities[entity];
        speaker = { name: e.name, entity, type: e.type === 'person' ? 'person' : 'organization' };
      } else if (PRONOUNS.has(text.toLowerCase()) && lastPerson) {
        speaker = lastPerson;
      } else {
        speaker = { name: text, entity: null, type: 'anonymous' };
      }
    } else if (statement.inheritsFrom !== undefined) {
      speaker = resolved[statement.inheritsFrom] ?? speaker;
    }
    if (speaker.type === 'person') lastPerson = speaker;
    resolved.push(speaker);
  }
  return resolved;
}

/** The index of the entity with the last mention inside [start, end), or -1. */
export function entityIn(entities: FoundEntity[], start: number, end: number): number {
  let best = -1;
  let bestStart = -1;
  entities.forEach((entity, index) => {
    for (const m of entity.mentions) {
      if (m.start >= start && m.end <= end && m.start > bestStart) {
        best = index;
        bestStart = m.start;
      }
    }
  });
  return best;
}
