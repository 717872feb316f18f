import { foldName, keyWords } from './corpus/names.js';
import type { ArticleFilter } from './articleFilter.js';
import type { Article, Entity, Statement } from './types.js';

export { isEmptyFilter, type ArticleFilter } from './articleFilter.js';

/**
 * The article with only the statements and entities the filter asks for. `--type` keeps entities
 * of those types and narrows each statement's `about` to them. When a statement filter is given
 * and no statement is left, the article is dropped (null).
 */
export function filterArticle(article: Article, filter: ArticleFilter): Article | null {
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const types = filter.types?.length ? new Set<string>(filter.types) : null;
  const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : null;
  const keep = (statement: Statement): boolean =>
    (!kinds || kinds.has(statement.kind)) &&
    (!filter.speaker || nameMatches(filter.speaker, speakerNames(statement, byId))) &&
    (!filter.about || statement.about.some((id) => nameMatches(filter.about ?? '', entityNames(byId.get(id)))));
  const statements = article.statements.filter(keep);
  const asksForStatements = Boolean(kinds || filter.speaker || filter.about);
  if (asksForStatements && statements.length === 0) return null;
  if (!types) return { ...article, statements };
  const entities = article.entities.filter((e) => types.has(e.type));
  const kept = new Set(entities.map((e) => e.id));
  return { ...article, entities, statements: statements.map((s) => ({ ...s, about: s.about.filter((id) => kept.has(id)) })) };
}

/**
 * Whether the words of the query occur, in order, in one of the names ("vale" finds "Minister Ana
 * Vale"), or a name is one word that begins or ends the query: an article that says only "Vale"
 * is found by "Ana Vale", as the corpus views would count it.
 */
export function nameMatches(query: string, names: string[]): boolean {
  const wanted = keyWords(foldName(query));
  if (wanted.length === 0) return false;
  return names.some((name) => {
    const words = keyWords(foldName(name));
    if (words.length === 1 && (words[0] === wanted[0] || words[0] === wanted.at(-1))) return true;
    let i = 0;
    for (const word of words) if (word === wanted[i]) i++;
    return i === wanted.length;
  });
}

function speakerNames(statement: Statement, byId: Map<string, Entity>): string[] {
  const { speaker } = statement;
  const names = [speaker.name, speaker.text].filter((n): n is string => Boolean(n));
  return speaker.entity === null ? names : [...names, ...entityNames(byId.get(speaker.entity))];
}

function entityNames(entity: Entity | undefined): string[] {
  return entity ? [entity.name, ...entity.aliases] : [];
}
