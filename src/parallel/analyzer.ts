import type { AnalyzeOptions } from '../pipeline/index.js';
import type { Article, ArticleInput, Problem } from '../types.js';

/**
 * What became of one input: its analysed article; or, from a worker that renders, its output as
 * bytes (null: the filter left nothing to write); or the problem that stopped it.
 */
export type Outcome = { ok: true; article: Article } | { ok: true; piece: Uint8Array | null } | { ok: false; problem: Problem; error?: unknown };

/** Analyses articles one by one, in this thread or in worker threads; never rejects, failures are outcomes. */
export interface Analyzer {
  analyze(article: ArticleInput): Promise<Outcome>;
  close(): Promise<void>;
}

export function internalProblem(source: string, error: unknown): Outcome {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, problem: { code: 'internal', severity: 'error', source, message: `internal error: ${message}` }, error };
}

/**
 * The pipeline in this thread. It is imported here, on first use, so that a run with
 * workers never loads the model in the main thread.
 */
export async function inProcessAnalyzer(options: AnalyzeOptions): Promise<Analyzer> {
  const { analyzeArticle } = await import('../pipeline/index.js');
  return {
    analyze: async (input) => {
      try {
        return { ok: true, article: analyzeArticle(input, options) };
      } catch (error) {
        return internalProblem(input.source, error);
      }
    },
    close: async () => {},
  };
}
