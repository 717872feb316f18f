import type { View } from './render/renderer.js';
import type { Article, Problem } from './types.js';

export interface ReuseOptions {
  view: View;
  /** Keep the tokens and the text in the output (`--tokens`, `--with-text`), as a new analysis would. */
  tokens: boolean;
  text: boolean;
  /** The renderer lays spans on the text (html, show). */
  needsText: boolean;
}

export type Reused = { ok: true; article: Article; text: string } | { ok: false; problem: Problem };

/**
 * An article from an earlier run's output, as this run would have written it: its tokens and text
 * kept only where this run asks for them, or a problem when the view needs what that run left out.
 * `from` is where it was read.
 */
export function reuseArticle(article: Article, from: string, options: ReuseOptions): Reused {
  const { tokens, text, ...rest } = article;
  const source = `${from} (article ${article.id})`;
  if (options.needsText && typeof text !== 'string') return missing(source, 'no-text', 'extracted without its text, which this view is drawn on: extract with --with-text');
  if (options.view === 'tokens' && !Array.isArray(tokens)) return missing(source, 'no-tokens', 'extracted without its tokens: extract with --tokens');
  const kept: Article = rest;
  if (options.tokens && tokens) kept.tokens = tokens;
  if (options.text && typeof text === 'string') kept.text = text;
  return { ok: true, article: kept, text: text ?? '' };
}

function missing(source: string, code: string, message: string): Reused {
  return { ok: false, problem: { code, severity: 'error', source, message } };
}
