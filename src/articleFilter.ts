import type { EntityType, StatementKind } from './types.js';

/**
 * What `--speaker`, `--about`, `--kind` and `--type` ask for; an empty filter keeps everything.
 * Plain data, so that worker threads can apply it (`filterArticle` in filters.ts, loaded only when a
 * filter is given).
 */
export interface ArticleFilter {
  speaker?: string;
  about?: string;
  kinds?: StatementKind[];
  types?: EntityType[];
}

export function isEmptyFilter(filter: ArticleFilter): boolean {
  return !filter.speaker && !filter.about && !filter.kinds?.length && !filter.types?.length;
}
