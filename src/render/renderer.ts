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
   * The article's output alone, the same whatever was written before it, so that a worker thread
   * can make it (json, jsonl, csv, tsv, table); `article` is `placed() + piece(article)`. A format
   * whose output for an article depends on the articles before it (html: its anchor, the index at
   * the end) has none, and renders in the thread that writes.
   */
  piece?(article: Article): string;
  /** What goes before a piece made elsewhere (the comma between the articles of `--format json`). */
  placed?(): string;
  end(): string;
}

/**
 * What a worker needs to make the same pieces as the writing thread's renderer: plain data, sent
 * once per worker (a renderer holds functions and a chalk instance, which cannot cross threads).
 */
export interface PieceSpec {
  format: Format;
  view: View;
  /** chalk's level, for tables (0: no colour). */
  colorLevel: 0 | 1 | 2 | 3;
  width: number;
  escapeFormulas: boolean;
}

/** The part of an article a view shows, for the JSON formats. */
export function project(article: Article, view: View): Partial<Article> {
  const { id, source, meta, stats } = article;
  if (view === 'entities') return { id, source, meta, stats, entities: article.entities };
  if (view === 'tokens') return { id, source, stats, tokens: article.tokens ?? [] };
  return article;
}
