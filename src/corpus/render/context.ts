import type { ChalkInstance } from 'chalk';

export interface CorpusRenderContext {
  chalk: ChalkInstance;
  /** Terminal width for tables. */
  width: number;
}

/** A corpus view rendered in pieces, so a large one is written with back-pressure rather than built whole. */
export type CorpusRender<T> = (report: T, context: CorpusRenderContext) => Iterable<string>;
