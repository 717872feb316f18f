import type { Article, Entity, Statement } from '../../src/types.js';

/** A hand-built article for renderer tests: spans are given by the text they cover, found by code point. */
export function codePointOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in test text`);
  return Array.from(text.slice(0, at)).length;
}

export function span(text: string, needle: string) {
  const start = codePointOf(text, needle);
  return { text: needle, start, end: start + Array.from(needle).length };
}

export function entity(text: string, id: string, type: Entity['type'], name: string, mentions: string[]): Entity {
  return { id, type, name, aliases: [], titles: [], affiliation: null, mentions: mentions.map((m) => ({ ...span(text, m), sentence: 0 })) };
}

export function statement(text: string, id: string, speaker: { name: string | null; entity?: string; mention?: string }, cue: string | null, content: string): Statement {
  const mention = speaker.mention ? span(text, speaker.mention) : null;
  return {
    id, kind: 'indirect',
    speaker: { name: speaker.name, entity: speaker.entity ?? null, type: 'person', text: mention?.text ?? null, start: mention?.start ?? null, end: mention?.end ?? null },
    cue: cue ? { ...span(text, cue), lemma: cue } : null,
    content: span(text, content), sentence: 0, about: [],
  };
}

export function article(id: string, text: string, entities: Entity[], statements: Statement[], meta: Article['meta'] = {}): Article {
  return {
    id, source: `${id}.txt`, meta, stats: { characters: Array.from(text).length, sentences: 1, tokens: 0 },
    entities, statements,
  };
}
