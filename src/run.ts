import type { Writable } from 'node:stream';
import type { InputOptions } from './io/readInputs.js';
import { readSources, type SourceItem } from './io/readSources.js';
import { expandPaths } from './io/walk.js';
import type { ArticleFilter } from './articleFilter.js';
import { DuplicateIds } from './duplicateIds.js';
import { GatheredOutput } from './output.js';
import { inProcessAnalyzer, type Analyzer, type Outcome } from './parallel/analyzer.js';
import { inOrder } from './parallel/inOrder.js';
import { inFlight, workerCount } from './parallel/plan.js';
import { inputShape } from './parallel/shape.js';
import { createRenderer, pieceSpecOf, type Format, type View } from './render/index.js';
import type { RenderContext, Renderer } from './render/renderer.js';
import { reuseArticle } from './reuseArticle.js';
import type { Article, Problem } from './types.js';

export interface RunOptions extends InputOptions {
  format: Format;
  /** A renderer of the caller's own (as `show` and the corpus views have), used instead of the one for `format`. */
  renderer?: Renderer;
  view: View;
  tokens: boolean;
  /** Model files given with `--model`, in place of the shipped ones of their kind. */
  models?: string[];
  /** Also beliefs, intentions and perceptions (`--beliefs`). */
  beliefs?: boolean;
  /** Carry each article's text in the output (`extract --with-text`), so that a later run can draw it again. */
  withText?: boolean;
  context: Omit<RenderContext, 'view'>;
  stdout: Writable;
  /** Most worker threads to use (a small input runs in the main thread whatever this says). */
  jobs: number;
  /** Seconds one article may take in a worker before it is stopped and reported. */
  articleTimeout: number;
  /** Called for what is worth knowing but does not fail an input (a duplicate id). */
  onWarning?: (problem: Problem) => void;
  /** Called once per problem, in input order, so a long run reports early. */
  onProblem: (problem: Problem, error?: unknown) => void;
  /** Called after each input is written or reported; `total` is known when every input is one text file. */
  onProgress?: (done: number, total: number | null) => void;
  /** Applied to each analysed article before rendering (`--speaker`, `--kind`, ...); an article with nothing left is left out. */
  filter?: ArticleFilter;
}

export interface RunSummary {
  articles: number;
  problems: number;
  /** Worker threads used (0: the main thread did the work). */
  workers: number;
}

/**
 * Reads, analyses and renders article by article; a failing article is a problem, never the end of
 * the run. With workers, up to a fixed amount of text is in flight and the output is written in
 * input order, so it is byte for byte the output of a run without workers, and memory stays flat.
 * The workers filter and render too, where the format allows (see `Renderer.piece`), and send back
 * bytes: this thread only reads, hands out and writes. Articles extracted by an earlier run are
 * rendered as they were read, without analysing them again.
 */
export async function runArticles(inputs: string[], options: RunOptions): Promise<RunSummary> {
  const paths = expandPaths(inputs);
  const shape = inputShape(paths, options.inputFormat);
  const workers = workerCount(options.jobs, shape);
  // One thread's heap slack is affordable and costs no speed; a model and a heap per worker is where it adds up.
  if (workers > 0) (await import('./parallel/memory.js')).limitHeapGrowth();
  const total = shape.stdin || shape.jsonlFiles > 0 ? null : paths.length;
  const analysis = { tokens: options.tokens || options.view === 'tokens', text: options.withText ?? false, models: options.models ?? [], beliefs: options.beliefs ?? false };
  const context = { ...options.context, view: options.view };
  const renderer = options.renderer ?? (await createRenderer(options.format, context));
  // The renderer of the caller's own (show, the corpus views) needs the article here.
  const render = options.renderer ? null : pieceSpecOf(options.format, context, renderer);
  const filter = options.filter ?? null;
  const filterArticle = filter ? (await import('./filters.js')).filterArticle : undefined;
  // Made on the first article to analyse: drawing an earlier run's output again never loads the model.
  let analyzer: Promise<Analyzer> | undefined;
  const analyze = (input: Parameters<Analyzer['analyze']>[0]) => {
    analyzer ??= workers > 0
      ? import('./parallel/pool.js').then(({ WorkerPool }) => new WorkerPool({ size: workers, analysis, render, filter: render ? filter : null, articleTimeoutMs: options.articleTimeout * 1000 }))
      : inProcessAnalyzer(analysis);
    return analyzer.then((a) => a.analyze(input));
  };
  const reuse = { view: options.view, ...analysis, needsText: renderer.needsText ?? false };
  const summary: RunSummary = { articles: 0, problems: 0, workers };

  const renderKept = (article: Article, text: string): string => {
    const kept = filter && filterArticle ? filterArticle(article, filter) : article;
    return kept ? renderer.article(kept, text) : '';
  };

  /** `text` is the article as read: renderers that lay spans on it need it, and workers keep no copy. */
  const emit = async ({ outcome, text, source, warning }: Started): Promise<void> => {
    if (warning) options.onWarning?.(warning);
    let rendered: string | Uint8Array = '';
    if (outcome.ok) {
      try {
        // A worker's piece is filtered and rendered already; only what goes before it is this thread's to write.
        if ('piece' in outcome) {
          if (outcome.piece) await output.write(renderer.placed?.() ?? '');
          rendered = outcome.piece ?? '';
        } else {
          rendered = renderKept(outcome.article, text);
        }
        summary.articles++;
      } catch (error) {
        outcome = { ok: false, problem: renderProblem(source, error), error };
      }
    }
    if (!outcome.ok) {
      summary.problems++;
      options.onProblem(outcome.problem, outcome.error);
    }
    await output.write(rendered);
    options.onProgress?.(summary.articles + summary.problems, total);
  };

  const output = new GatheredOutput(options.stdout);
  const ids = new DuplicateIds();
  /** Called in input order, as each item is read; a warning waits to be reported with its item, so that stderr keeps input order. */
  const start = async (item: SourceItem): Promise<Started> => {
    if (!item.ok) return { outcome: item, text: '', source: item.problem.source };
    if ('extracted' in item) {
      const reused = reuseArticle(item.extracted, item.from, reuse);
      return { outcome: reused, text: reused.ok ? reused.text : '', source: item.from };
    }
    const { id, source } = item.article;
    const warning: Problem | undefined = options.onWarning && ids.seenBefore(id)
      ? { code: 'duplicate-id', severity: 'warning', source, message: `warning: id "${id}" was already used in this run` }
      : undefined;
    return { outcome: await analyze(item.article), text: item.article.text, source, warning };
  };
  try {
    await output.write(renderer.begin());
    const window = workers > 0 ? { ...inFlight(workers), weigh: weightOf } : 1;
    for await (const done of inOrder(readSources(paths, options), start, window)) await emit(done);
    await output.write(renderer.end());
    await output.flush();
  } finally {
    await (await analyzer)?.close();
  }
  return summary;
}

/** An item on its way out: what became of it, the text renderers lay spans on, and a warning to report with it. */
interface Started {
  outcome: Outcome;
  text: string;
  source: string;
  warning?: Problem;
}

/** What an item in flight holds: the characters of its text. */
function weightOf(item: SourceItem): number {
  return item.ok && 'article' in item ? item.article.text.length : 0;
}

function renderProblem(source: string, error: unknown): Problem {
  return { code: 'internal', severity: 'error', source, message: `internal error: ${(error as Error).message}` };
}
