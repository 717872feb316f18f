import type { Writable } from 'node:stream';
import { readInputs, type InputOptions } from './io/readInputs.js';
import { expandPaths } from './io/walk.js';
import { write } from './output.js';
import { inProcessAnalyzer, type Analyzer, type Outcome } from './parallel/analyzer.js';
import { limitHeapGrowth } from './parallel/memory.js';
import { workerCount } from './parallel/plan.js';
import { WorkerPool } from './parallel/pool.js';
import { inputShape } from './parallel/shape.js';
import { createRenderer, type Format, type View } from './render/index.js';
import type { RenderContext, Renderer } from './render/renderer.js';
import type { Article, ArticleInput, Problem } from './types.js';

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
  context: Omit<RenderContext, 'view'>;
  stdout: Writable;
  /** Most worker threads to use; 1 runs everything in the main thread. */
  jobs: number;
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

/** How many inputs each worker may have waiting, so that no worker idles while the next output is awaited. */
const QUEUED_PER_WORKER = 8;

/**
 * Reads, analyses and renders article by article; a failing article is a problem, never the end of
 * the run. With workers, up to a fixed number of articles are in flight and the output is written in
 * input order, so it is byte for byte the output of a run without workers, and memory stays flat.
 */
export async function runArticles(inputs: string[], options: RunOptions): Promise<RunSummary> {
  const paths = expandPaths(inputs);
  const shape = inputShape(paths, options.inputFormat);
  const workers = workerCount(options.jobs, shape);
  // One thread's heap slack is affordable and costs no speed; a model and a heap per worker is where it adds up.
  if (workers > 0) limitHeapGrowth();
  const total = shape.stdin || shape.jsonlFiles > 0 ? null : paths.length;
  const analyze = { tokens: options.tokens || options.view === 'tokens', models: options.models ?? [], beliefs: options.beliefs ?? false };
  const renderer = options.renderer ?? (await createRenderer(options.format, { ...options.context, view: options.view }));
  // Workers may stringify for the JSON formats, unless a filter has to see the article first.
  const jsonView = renderer.articleJson && !options.filter ? options.view : null;
  const analyzer: Analyzer = workers > 0 ? new WorkerPool(workers, analyze, jsonView) : await inProcessAnalyzer(analyze);
  const summary: RunSummary = { articles: 0, problems: 0, workers };

  const renderKept = (article: Article, text: string): string => {
    const kept = options.filter ? options.filter(article) : article;
    return kept ? renderer.article(kept, text) : '';
  };

  /** `input` is the article as read: renderers that lay spans on its text need it, and workers keep no copy. */
  const emit = async (outcome: Outcome, input: ArticleInput | null): Promise<void> => {
    let rendered = '';
    if (outcome.ok) {
      try {
        rendered = 'json' in outcome ? renderer.articleJson!(outcome.json) : renderKept(outcome.article, input?.text ?? '');
        summary.articles++;
      } catch (error) {
        outcome = { ok: false, problem: renderProblem(input?.source ?? '', error), error };
      }
    }
    if (!outcome.ok) {
      summary.problems++;
      options.onProblem(outcome.problem, outcome.error);
    }
    await write(options.stdout, rendered);
    options.onProgress?.(summary.articles + summary.problems, total);
  };

  const window = Math.max(1, workers * QUEUED_PER_WORKER);
  const inFlight: { outcome: Promise<Outcome>; input: ArticleInput | null }[] = [];
  const emitOldest = async () => {
    const oldest = inFlight.shift()!;
    await emit(await oldest.outcome, oldest.input);
  };
  try {
    await write(options.stdout, renderer.begin());
    for await (const item of readInputs(inputs, options, paths)) {
      if (item.ok) inFlight.push({ outcome: analyzer.analyze(item.article), input: item.article });
      else inFlight.push({ outcome: Promise.resolve(item), input: null });
      while (inFlight.length >= window) await emitOldest();
    }
    while (inFlight.length > 0) await emitOldest();
    await write(options.stdout, renderer.end());
  } finally {
    await analyzer.close();
  }
  return summary;
}

function renderProblem(source: string, error: unknown): Problem {
  return { code: 'internal', severity: 'error', source, message: `internal error: ${(error as Error).message}` };
}
