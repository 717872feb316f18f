import type { AnalyzeOptions } from '../pipeline/index.js';
import type { View } from '../render/renderer.js';
import type { Article, ArticleInput } from '../types.js';

/** Main thread → worker: one article to analyse. Each worker answers in the order it was asked. */
export interface AnalyzeRequest {
  article: ArticleInput;
  options: AnalyzeOptions;
  /** For the JSON formats: answer with the article's JSON for this view rather than the article. */
  jsonView: View | null;
}

/**
 * Worker → main thread: once `ready` (the model is loaded), then one reply per article. A failure
 * carries the error as text, since an Error loses its class in transit.
 */
export type WorkerMessage = { ready: true } | AnalyzeReply;
export type AnalyzeReply = { ok: true; article: Article } | { ok: true; json: string } | { ok: false; message: string; stack?: string };
