import type { ArticleFilter } from '../articleFilter.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import type { PieceSpec } from '../render/renderer.js';
import type { Article, ArticleInput } from '../types.js';

/** What every article of a worker is analysed and rendered with: its `workerData`, sent once. */
export interface WorkerSetup {
  analysis: AnalyzeOptions;
  /** Render each article in the worker and send back its bytes; null: send the article (the writing thread renders it). */
  render: PieceSpec | null;
  /** `--speaker`, `--kind`, ...: applied in the worker before rendering (an article sent back whole is sent unfiltered). */
  filter: ArticleFilter | null;
}

/** Main thread → worker: articles to analyse, in order. Each worker answers its batches in the order it got them. */
export interface AnalyzeBatch {
  articles: ArticleInput[];
}

/**
 * One article's answer. `piece`: its rendered output, bytes [start, end) of the batch's `bytes`, or
 * null when the filter left nothing of it. A failure carries the error as text, since an Error
 * loses its class in transit.
 */
export type AnalyzeResult =
  | { ok: true; piece: [number, number] | null }
  | { ok: true; article: Article }
  | { ok: false; message: string; stack?: string };

/** Worker → main thread: once `ready` (the models are loaded), then one message per batch, its pieces in one transferred buffer. */
export type WorkerMessage = { ready: true } | { results: AnalyzeResult[]; bytes: Uint8Array | null };
