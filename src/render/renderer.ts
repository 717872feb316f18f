import type { ChalkInstance } from 'chalk';
import type { Article } from '../types.js';

/** What a command shows of each article. */
export type View = 'extract' | 'entities' | 'tokens';

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderContext {
  view: View;
  /** Only formats that colour (table) get one, so that other runs never load chalk. */
  chalk?: ChalkInstance;
  /** Terminal width for tables. */
  width: number;
  /** CSV and TSV: make text cells that a spreadsheet would run as formulas text (the default). */
  escapeFormulas?: boolean;
}

/** A streaming renderer: the opening, one piece per article, the closing. */
export interface Renderer {
  begin(): string;
  /** `text` is the article as read, which the views that lay spans on the text (html, show) need. */
  article(article: Article, text: string): string;
  /** The renderer lays spans on the text (html, show): an article extracted without its text cannot be drawn. */
  needsText?: boolean;
  /**
   * The JSON formats only: the same piece as `article`, from `JSON.stringify(project(article, view))`
   * made elsewhere, so that worker threads do the stringifying and the main thread only places it.
   */
  articleJson?(json: string): string;
  end(): string;
}

/** The part of an article a view shows, for the JSON formats. */
export function project(article: Article, view: View): Partial<Article> {
  const { id, source, meta, stats } = article;
  if (view === 'entities') return { id, source, meta, stats, entities: article.entities };
  if (view === 'tokens') return { id, source, stats, tokens: article.tokens ?? [] };
  return article;
}
