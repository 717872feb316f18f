import type { Writable } from 'node:stream';
import { readInputs, type InputOptions } from './io/readInputs.js';
import { write } from './output.js';
import { analyzeArticle } from './pipeline/index.js';
import { createRenderer, type Format, type View } from './render/index.js';
import type { RenderContext, Renderer } from './render/renderer.js';
import type { Article, Problem } from './types.js';

export interface RunOptions extends InputOptions {
  format: Format;
  /** A renderer of the caller's own (as `show` and the corpus views have), used instead of the one for `format`. */
  renderer?: Renderer;
  view: View;
  tokens: boolean;
  context: Omit<RenderContext, 'view'>;
  stdout: Writable;
  /** Called once per problem, as it happens, so a long run reports early. */
  onProblem: (problem: Problem, error?: unknown) => void;
  /** Applied to each analysed article before rendering (`--speaker`, `--kind`, ...); null leaves it out. */
  filter?: (article: Article) => Article | null;
}

export interface RunSummary {
  articles: number;
  problems: number;
}

/** Reads, analyses and renders article by article; a failing article is a problem, never the end of the run. */
export async function runArticles(inputs: string[], options: RunOptions): Promise<RunSummary> {
  const renderer = options.renderer ?? createRenderer(options.format, { ...options.context, view: options.view });
  const summary: RunSummary = { articles: 0, problems: 0 };
  await write(options.stdout, renderer.begin());
  for await (const item of readInputs(inputs, options)) {
    if (!item.ok) {
      summary.problems++;
      options.onProblem(item.problem);
      continue;
    }
    let rendered: string;
    try {
      const article = analyzeArticle(item.article, { tokens: options.tokens || options.view === 'tokens' });
      const kept = options.filter ? options.filter(article) : article;
      rendered = kept ? renderer.article(kept, item.article.text) : '';
    } catch (error) {
      summary.problems++;
      options.onProblem({ code: 'internal', severity: 'error', source: item.article.source, message: `internal error: ${(error as Error).message}` }, error);
      continue;
    }
    summary.articles++;
    await write(options.stdout, rendered);
  }
  await write(options.stdout, renderer.end());
  return summary;
}
