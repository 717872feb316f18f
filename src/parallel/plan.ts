/** What the runner knows about the inputs before reading them: enough to decide on workers. */
export interface InputShape {
  /** Standard input is read: its size and article count are unknown. */
  stdin: boolean;
  /** Files read as text, one article each. */
  textFiles: number;
  /** Files read as JSONL, any number of articles each. */
  jsonlFiles: number;
  /** Their total size in bytes, counted up to PARALLEL_MIN_BYTES (no need to stat a million files). */
  bytes: number;
}

/**
 * Below this much input, starting worker threads costs more than it saves: a worker starts
 * in tens of milliseconds, and the pipeline reads roughly a megabyte per second per core.
 */
export const PARALLEL_MIN_BYTES = 256 * 1024;

/** How many inputs each worker may have waiting, so that no worker idles while the next output is awaited. */
export const QUEUED_PER_WORKER = 8;

/**
 * How many worker threads to use; 0 means none (the pipeline runs in the main thread).
 * Workers only pay off with more than one article and enough text; stdin may be a stream
 * of millions of articles, so it gets workers (started one at a time, as work arrives).
 */
export function workerCount(jobs: number, shape: InputShape): number {
  if (jobs <= 1) return 0;
  if (shape.stdin) return jobs;
  const knownArticles = shape.jsonlFiles > 0 ? Infinity : shape.textFiles;
  if (knownArticles <= 1 || shape.bytes < PARALLEL_MIN_BYTES) return 0;
  return Math.min(jobs, knownArticles);
}
