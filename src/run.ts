import type { Writable } from 'node:stream';
import type { InputOptions } from './io/readInputs.js';
import { readSources, type SourceItem } from './io/readSources.js';
import { expandPaths } from './io/walk.js';
import { DuplicateIds } from './duplicateIds.js';
import { write } from './output.js';
import { inProcessAnalyzer, type Analyzer, type Outcome } from './parallel/analyzer.js';
import { inOrder } from './parallel/inOrder.js';
import { limitHeapGrowth } from './parallel/memory.js';
import { QUEUED_PER_WORKER, workerCount } from './parallel/plan.js';
import { WorkerPool } from './parallel/pool.js';
import { inputShape } from './parallel/shape.js';
import { createRenderer, type Format, type View } from './render/index.js';
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
  /** Applied to each analysed article before rendering (`--speaker`, `--kind`, ...); null leaves it out. */
  filter?: (article: Article) => Article | null;
}

export interface RunSummary {
  articles: number;
  problems: number;
  /** Worker threads used (0: the main thread did the work). */
  workers: number;
}

/**
 * Reads, analyses and renders article by article; a failing article is a problem, never the end of
 * the run. With workers, up to a fixed number of articles are in flight and the output is written in
 * input order, so it is byte for byte the output of a run without workers, and memory stays flat.
 * Articles extracted by an earlier run are rendered as they were read, without analysing them again.
 */
export async function runArticles(inputs: string[], options: RunOptions): Promise<RunSummary> {
  const paths = expandPaths(inputs);
  const shape = inputShape(paths, options.inputFormat);
  const workers = workerCount(options.jobs, shape);
  // One thread's heap slack is affordable and costs no speed; a model and a heap per worker is where it adds up.
  if (workers > 0) limitHeapGrowth();
  const total = shape.stdin || shape.jsonlFiles > 0 ? null : paths.length;
  const analysis = { tokens: options.tokens || options.view === 'tokens', text: options.withText ?? false, models: options.models ?? [], beliefs: options.beliefs ?? false };
  const renderer = options.renderer ?? (await createRenderer(options.format, { ...options.context, view: options.view }));
  // Workers may stringify for the JSON formats, unless a filter has to see the article first.
  const jsonView = renderer.articleJson && !options.filter ? options.view : null;
  // Made on the first article to analyse: drawing an earlier run's output again never loads the model.
  let analyzer: Promise<Analyzer> | undefined;
  const analyze = (input: Parameters<Analyzer['analyze']>[0]) => {
    analyzer ??= workers > 0
      ? Promise.resolve(new WorkerPool({ size: workers, analysis, jsonView, articleTimeoutMs: options.articleTimeout * 1000 }))
      : inProcessAnalyzer(analysis);
    return analyzer.then((a) => a.analyze(input));
  };
  const reuse = { view: options.view, ...analysis, needsText: renderer.needsText ?? false };
  const summary: RunSummary = { articles: 0, problems: 0, workers };

  const renderKept = (article: Article, text: string): string => {
    const kept = options.filter ? options.filter(article) : article;
    return kept ? renderer.article(kept, text) : '';
  };

  /** `text` is the article as read: renderers that lay spans on it need it, and workers keep no copy. */
  const emit = async ({ outcome, text, source, warning }: Started): Promise<void> => {
    if (warning) options.onWarning?.(warning);
    let rendered = '';
    if (outcome.ok) {
      try {
        rendered = 'json' in outcome ? renderer.articleJson!(outcome.json) : renderKept(outcome.article, text);
        summary.articles++;
      } catch (error) {
        outcome = { ok: false, problem: renderProblem(source, error), error };
      }
    }
    if (!outcome.ok) {
      summary.problems++;
      options.onProblem(outcome.problem, outcome.error);
    }
    await write(options.stdout, rendered);
    options.onProgress?.(summary.articles + summary.problems, total);
  };

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
    await write(options.stdout, renderer.begin());
    for await (const done of inOrder(readSources(paths, options), start, Math.max(1, workers * QUEUED_PER_WORKER))) await emit(done);
    await write(options.stdout, renderer.end());
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

function renderProblem(source: string, error: unknown): Problem {
  return { code: 'internal', severity: 'error', source, message: `internal error: ${(error as Error).message}` };
}
