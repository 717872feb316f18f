import type { Article } from '../types.js';
import type { View } from './renderer.js';

export type Cell = string | number | null;

export const HEADERS: Record<View, string[]> = {
  extract: [
    'article', 'statement', 'kind', 'speaker', 'speaker_type', 'speaker_entity', 'speaker_text', 'speaker_start',
    'speaker_end', 'cue', 'cue_lemma', 'cue_start', 'cue_end', 'content', 'content_start', 'content_end', 'sentence', 'about',
  ],
  entities: ['article', 'entity', 'type', 'name', 'aliases', 'titles', 'affiliation', 'mentions', 'first_start', 'first_end'],
  tokens: ['article', 'token', 'text', 'pos', 'lemma', 'start', 'end', 'sentence'],
};

/** One row per statement, entity or token, each with the article id; lists joined by "; ". */
export function rowsOf(article: Article, view: View): Cell[][] {
  if (view === 'entities') {
    return article.entities.map((e) => [
      article.id, e.id, e.type, e.name, e.aliases.join('; '), e.titles.join('; '), e.affiliation,
      e.mentions.length, e.mentions[0]?.start ?? null, e.mentions[0]?.end ?? null,
    ]);
  }
  if (view === 'tokens') {
    return (article.tokens ?? []).map((t, i) => [article.id, i, t.text, t.pos, t.lemma, t.start, t.end, t.sentence]);
  }
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  return article.statements.map((s) => [
    article.id, s.id, s.kind, s.speaker.name, s.speaker.type, s.speaker.entity, s.speaker.text, s.speaker.start,
    s.speaker.end, s.cue?.text ?? null, s.cue?.lemma ?? null, s.cue?.start ?? null, s.cue?.end ?? null,
    s.content.text, s.content.start, s.content.end, s.sentence, s.about.map((id) => names.get(id) ?? id).join('; '),
  ]);
}
