/** Tiny hand-made gold and predicted items for the scorer's tests. */
import type { GoldEntity, GoldStatement } from '../../src/eval/gold.js';
import type { Entity, EntityType, Statement, StatementKind } from '../../src/types.js';

export function goldStatement(start: number, end: number, speaker: string, extra: Partial<GoldStatement> = {}): GoldStatement {
  return { speaker, speakerType: 'person', cue: 'said', kind: 'indirect', content: 'x'.repeat(end - start), start, end, ...extra };
}

export function predictedStatement(
  start: number, end: number, speaker: string | null,
  extra: { kind?: StatementKind; mention?: [number, number] } = {},
): Statement {
  const [mentionStart, mentionEnd] = extra.mention ?? [null, null];
  return {
    id: 's1', kind: extra.kind ?? 'indirect', sentence: 0, about: [], cue: null,
    speaker: { name: speaker, entity: null, type: speaker ? 'person' : null, text: speaker, start: mentionStart, end: mentionEnd },
    content: { text: 'x'.repeat(end - start), start, end },
  };
}

export function goldEntity(name: string, type: EntityType, aliases: string[] = []): GoldEntity {
  return { name, type, aliases };
}

/** An entity with one mention of its name, at `at` (code points). */
export function predictedEntity(name: string, type: EntityType, aliases: string[] = [], at = 0): Entity {
  return { id: 'e1', type, name, aliases, titles: [], affiliation: null, mentions: [{ text: name, start: at, end: at + name.length, sentence: 0 }] };
}
