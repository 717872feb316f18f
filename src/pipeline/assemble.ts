import type { Article, ArticleInput, ArticleMeta, Entity, Statement, Token } from '../types.js';
import { codePointMapper } from './codePoints.js';
import type { Doc } from './doc.js';
import { entitiesWithin, indexMentions } from './mentionIndex.js';
import type { FoundEntity, FoundStatement, ResolvedSpeaker } from './stages.js';

export interface AssembleInput {
  input: ArticleInput;
  doc: Doc;
  meta: ArticleMeta;
  entities: FoundEntity[];
  statements: FoundStatement[];
  speakers: ResolvedSpeaker[];
  withTokens: boolean;
}

/** The Article of the output schema: ids, `about`, and every offset as code points. */
export function assembleArticle(parts: AssembleInput): Article {
  const { input, doc, entities, statements, speakers } = parts;
  const cp = codePointMapper(doc.text);
  const span = (start: number, end: number) => ({ text: doc.text.slice(start, end), start: cp(start), end: cp(end) });
  const order = entities.map((_, i) => i).sort((a, b) => entities[a].mentions[0].start - entities[b].mentions[0].start);
  const idOf = new Map(order.map((index, rank) => [index, `e${rank + 1}`]));

  const outEntities: Entity[] = order.map((index) => {
    const e = entities[index];
    const entity: Entity = {
      id: idOf.get(index)!, type: e.type, name: e.name, aliases: e.aliases, titles: e.titles, affiliation: e.affiliation,
      mentions: e.mentions.map((m) => ({ ...span(m.start, m.end), sentence: m.sentence })),
    };
    if (e.confidence !== undefined) entity.confidence = e.confidence;
    return entity;
  });

  const mentions = indexMentions(entities);
  const outStatements: Statement[] = statements.map((s, i) => {
    const who = speakers[i];
    const source = s.source ?? (s.inheritsFrom !== undefined ? statements[s.inheritsFrom].source : null);
    const mention = who.name !== null && source ? span(source.start, source.end) : null;
    const statement: Statement = {
      id: `s${i + 1}`,
      kind: s.kind,
      speaker: {
        name: who.name, entity: who.entity === null ? null : idOf.get(who.entity)!, type: who.type,
        text: mention?.text ?? null, start: mention?.start ?? null, end: mention?.end ?? null,
      },
      cue: s.cue ? { ...span(s.cue.start, s.cue.end), lemma: s.cue.lemma } : null,
      content: span(s.content.start, s.content.end),
      sentence: s.sentence,
      about: entitiesWithin(mentions, s.content.start, s.content.end).map((index) => idOf.get(index)!),
    };
    if (s.fragments) statement.content.fragments = s.fragments.map((f) => ({ ...span(f.start, f.end), sentence: f.sentence }));
    if (s.confidence !== undefined) statement.confidence = Math.round(s.confidence * 1000) / 1000;
    if (s.speech === false) statement.speech = false;
    return statement;
  });

  const article: Article = {
    id: input.id,
    source: input.source,
    meta: parts.meta,
    stats: { characters: cp(doc.text.length), sentences: doc.sentences.length, tokens: doc.tokens.length },
    entities: outEntities,
    statements: outStatements,
  };
  if (parts.withTokens) {
    const lemmas = doc.lemmas();
    article.tokens = doc.tokens.map((t): Token => ({
      ...span(t.start, t.end), pos: t.pos, lemma: lemmas[t.index], sentence: t.sentence,
    }));
  }
  return article;
}
