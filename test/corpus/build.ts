import type { Article, Entity, EntityType, SpeakerType, Statement, StatementKind } from '../../src/types.js';

/** Articles written by hand for the aggregation tests: names are invented, offsets are not checked here. */
export interface EntitySketch {
  name: string;
  type: EntityType;
  aliases?: string[];
  titles?: string[];
  affiliation?: string;
  mentions?: number;
}

export interface StatementSketch {
  /** An entity's name (the speaker is that entity), or a speaker with no entity. */
  by: string | { name: string | null; type: SpeakerType | null; text?: string };
  kind?: StatementKind;
  cue?: string;
  about?: string[];
  text?: string;
}

export function buildArticle(id: string, date: string | null, entities: EntitySketch[], statements: StatementSketch[]): Article {
  const built: Entity[] = entities.map((e, i) => ({
    id: `e${i + 1}`, type: e.type, name: e.name, aliases: e.aliases ?? [], titles: e.titles ?? [], affiliation: e.affiliation ?? null,
    mentions: Array.from({ length: e.mentions ?? 1 }, (_, m) => ({ text: e.name, start: m * 10, end: m * 10 + e.name.length, sentence: m })),
  }));
  const idOf = (name: string): string => {
    const found = built.find((e) => e.name === name);
    if (!found) throw new Error(`no entity ${name} in ${id}`);
    return found.id;
  };
  const made: Statement[] = statements.map((s, i) => {
    const entity = typeof s.by === 'string' ? built.find((e) => e.id === idOf(s.by as string)) : undefined;
    const speaker = entity
      ? { name: entity.name, entity: entity.id, type: (entity.type === 'person' ? 'person' : 'organization') as SpeakerType, text: entity.name, start: 0, end: entity.name.length }
      : { name: (s.by as { name: string | null }).name, entity: null, type: (s.by as { type: SpeakerType | null }).type, text: (s.by as { text?: string }).text ?? null, start: null, end: null };
    const cue = s.cue ?? 'say';
    return {
      id: `s${i + 1}`, kind: s.kind ?? 'indirect', speaker,
      cue: { text: cue, lemma: cue, start: 0, end: cue.length },
      content: { text: s.text ?? 'words', start: 0, end: 5 }, sentence: i, about: (s.about ?? []).map(idOf),
    };
  });
  return { id, source: `${id}.txt`, meta: date ? { date } : {}, stats: { characters: 0, sentences: 0, tokens: 0 }, entities: built, statements: made };
}
