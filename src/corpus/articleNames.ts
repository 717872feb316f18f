import pronouns from '../data/pronouns.json' with { type: 'json' };
import type { Article } from '../types.js';
import type { AliasTable } from './aliases.js';
import { mergeNameKeys } from './mergeNames.js';
import { nameKey, type NameKey } from './speakerKey.js';
import type { Counts } from './tally.js';

const PRONOUNS = new Set(pronouns.pronouns);

/** A name as one article uses it: its key, and the key it is reported under after the article's own merge. */
export interface ArticleName extends NameKey {
  type: string;
  merged: string;
}

export interface ArticleNames {
  entities: Map<string, ArticleName>;
  /** Per statement, its speaker's name; null when the statement has no speaker we can name. */
  speakers: (ArticleName | null)[];
}

/**
 * The keys of an article's entities and speakers. Within one article a short name that is part of
 * exactly one longer person name is that person ("Wen" and "Minister Wen Lihua"), as a reader takes it.
 */
export function nameArticle(article: Article, aliases: AliasTable): ArticleNames {
  const entities = new Map<string, ArticleName>();
  for (const entity of article.entities) {
    const found = nameKey(entity.name, entity.type === 'person', aliases);
    if (found.key !== '') entities.set(entity.id, { ...found, type: entity.type, merged: found.key });
  }
  const speakers = article.statements.map(({ speaker }): ArticleName | null => {
    const entity = speaker.entity === null ? undefined : entities.get(speaker.entity);
    if (entity) return entity;
    const found = nameKey(speaker.name ?? '', speaker.type === 'person', aliases);
    if (found.key === '' || PRONOUNS.has(found.key)) return null;
    return { ...found, type: speaker.type ?? 'unknown', merged: found.key };
  });
  const seen = new Map<string, { types: Counts; forms: Counts; canonical: string | null }>();
  const spoke = new Set<string>();
  for (const name of [...entities.values(), ...speakers]) {
    if (!name) continue;
    const entry = seen.get(name.key) ?? { types: new Map(), forms: new Map(), canonical: name.canonical };
    entry.types.set(name.type, (entry.types.get(name.type) ?? 0) + 1);
    entry.forms.set(name.form, 1);
    seen.set(name.key, entry);
  }
  for (const name of speakers) if (name) spoke.add(name.key);
  const merged = mergeNameKeys(seen, spoke);
  for (const name of [...entities.values(), ...speakers]) if (name) name.merged = merged.get(name.key) ?? name.key;
  return { entities, speakers };
}
