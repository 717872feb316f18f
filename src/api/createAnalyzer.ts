import type { Outcome } from '../parallel/analyzer.js';
import { inOrder } from '../parallel/inOrder.js';
import { ARTICLE_TIMEOUT, inFlight } from '../parallel/plan.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import type { Article, Problem } from '../types.js';
import { StatementsError, toInput } from './input.js';

/** How to analyse. */
export interface AnalyzerOptions {
  /** Include every token in each article, as `statements extract --tokens` does. Default false. */
  tokens?: boolean;
  /** Include each article's text, as `statements extract --with-text` does. Default false. */
  withText?: boolean;
  /**
   * Model files (from `statements train`) in place of the shipped models of their kind, as
   * `--model` gives them. Read when the analyzer is created; a file that is no model throws.
   */
  models?: string[];
}

/** One article to analyse: `meta` goes to the output as it is, beside what the text says of itself. */
export interface ArticleText {
  id: string;
  text: string;
  meta?: Record<string, unknown>;
  /** Where the article came from, for the output's `source` and for problems. Default: the id. */
  source?: string;
}

export interface AnalyzeAllOptions {
  /** Worker threads, each loading the model once; 1 (the default) analyses in this thread. */
  jobs?: number;
  /**
   * Called for an article that could not be analysed (an input that is not an ArticleText, a
   * worker that crashed on it), and the iteration goes on. Without it, such an article ends the
   * iteration with a StatementsError, after every article before it.
   */
  onProblem?: (problem: Problem) => void;
}

export interface Analyzer {
  /** The Article of `statements extract --format json`, for one text. Throws a StatementsError on input that is not an ArticleText. */
  analyze(input: ArticleText): Article;
  /**
   * Every article of `source`, analysed in up to `jobs` threads and yielded in input order. Reads
   * `source` as it goes (a few articles per thread ahead), so a stream of any length runs in flat
   * memory. Finish or break the loop: the worker threads end then.
   */
  analyzeAll(source: Iterable<ArticleText> | AsyncIterable<ArticleText>, options?: AnalyzeAllOptions): AsyncGenerator<Article, void, undefined>;
}

/** Loads the model (once, in this thread) and returns an analyzer that uses it. */
export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const analysis: AnalyzeOptions = { tokens: options.tokens ?? false, text: options.withText ?? false, models: options.models ?? [] };
  // Imported here rather than at the top, so that importing the package (for its schemas, say) loads no model.
  const [{ analyzeArticle, loadEngine }, { inProcessAnalyzer }] = await Promise.all([import('../pipeline/index.js'), import('../parallel/analyzer.js')]);
  loadEngine();
  if (analysis.models!.length > 0) (await import('../model/modelSet.js')).modelSet(analysis.models);
  const inThread = await inProcessAnalyzer(analysis);

  return {
    analyze: (input) => {
      const read = toInput(input, 'analyze');
      if (!read.ok) throw new StatementsError(read.problem);
      return analyzeArticle(read.article, analysis);
    },

    async *analyzeAll(source, { jobs = 1, onProblem } = {}) {
      if (!Number.isInteger(jobs) || jobs < 1) throw new StatementsError({ code: 'usage', severity: 'error', source: 'analyzeAll', message: `jobs expects a positive integer, found ${String(jobs)}` });
      const { WorkerPool } = await import('../parallel/pool.js');
      const analyzer = jobs > 1 ? new WorkerPool({ size: jobs, analysis, render: null, filter: null, articleTimeoutMs: ARTICLE_TIMEOUT * 1000 }) : inThread;
      let position = 0;
      const start = (input: ArticleText): Promise<Outcome> => {
        const read = toInput(input, `analyzeAll: article ${++position}`);
        return read.ok ? analyzer.analyze(read.article) : Promise.resolve(read);
      };
      try {
        const window = jobs > 1 ? { ...inFlight(jobs), weigh: (input: ArticleText) => (typeof input?.text === 'string' ? input.text.length : 0) } : 1;
        for await (const outcome of inOrder(source, start, window)) {
          // With no renderer, workers answer with the article itself.
          if (outcome.ok) yield 'article' in outcome ? outcome.article : unexpected();
          else if (onProblem) onProblem(outcome.problem);
          else throw new StatementsError(outcome.problem);
        }
      } finally {
        if (analyzer !== inThread) await analyzer.close();
      }
    },
  };
}

function unexpected(): never {
  throw new Error('statements: expected an article from the worker, found rendered output');
}
