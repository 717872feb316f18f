import type { ChalkInstance } from 'chalk';

export interface CorpusRenderContext {
  chalk: ChalkInstance;
  /** Terminal width for tables. */
  width: number;
  /** CSV and TSV: make text cells that a spreadsheet would run as formulas text. */
  escapeFormulas: boolean;
}

/** A corpus view rendered in pieces, so a large one is written with back-pressure rather than built whole. */
export type CorpusRender<T> = (report: T, context: CorpusRenderContext) => Iterable<string>;
