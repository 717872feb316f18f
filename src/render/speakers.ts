import type { Article, Statement } from '../types.js';

/** One speaker of an article as the views show it: a colour slot and how many statements it has. */
export interface SpeakerSummary {
  key: string;
  /** Canonical name, or null for statements whose speaker was not found. */
  name: string | null;
  type: string | null;
  count: number;
  /** Colour slot in order of first statement: 0, 1, 2, ... (views wrap it round their palette). */
  slot: number;
}

/** Statements of one entity are one speaker; without an entity, the canonical name is the key. */
export function speakerKey(statement: Statement): string {
  const { entity, name } = statement.speaker;
  if (entity !== null) return `entity:${entity}`;
  return name === null || name === '' ? 'unknown' : `name:${name}`;
}

/** Speakers in order of first statement; the unknown speaker, if any, comes last and has no slot of its own. */
export function summarizeSpeakers(article: Article): SpeakerSummary[] {
  const byKey = new Map<string, SpeakerSummary>();
  for (const s of article.statements) {
    const key = speakerKey(s);
    const known = byKey.get(key);
    if (known) known.count++;
    else byKey.set(key, { key, name: s.speaker.name || null, type: s.speaker.type, count: 1, slot: -1 });
  }
  const speakers = [...byKey.values()];
  const named = speakers.filter((s) => s.key !== 'unknown');
  named.forEach((s, i) => { s.slot = i; });
  return [...named, ...speakers.filter((s) => s.key === 'unknown')];
}

/** The speaker of each statement, by statement index. */
export function speakerOfStatement(article: Article, speakers: SpeakerSummary[]): SpeakerSummary[] {
  const byKey = new Map(speakers.map((s) => [s.key, s]));
  return article.statements.map((s) => byKey.get(speakerKey(s))!);
}
