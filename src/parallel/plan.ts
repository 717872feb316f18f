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

/**
 * Seconds an article may take by default: more than twice the slowest 10 MB input measured (46 s of
 * wall time on a loaded 2-core machine), so that only what would hold up a run is stopped.
 */
export const ARTICLE_TIMEOUT = 120;

/**
 * Articles go to a worker in batches of up to this many characters (an article this long goes
 * alone), and its answers come back in one message per batch: a message between threads costs tens
 * of microseconds and wakes the other thread, which for short articles (measured: 20,000 of 100
 * characters) took as much of a worker's time as the analysis. A batch is sent once it is full or
 * the input has nothing more at hand, so a slow stream is never held back.
 */
export const BATCH_CHARS = 64 * 1024;
export const BATCH_ARTICLES = 256;

/** Batches each worker may have waiting, so that none idles while the next output is awaited. */
export const QUEUED_PER_WORKER = 4;

/** How much input may be in flight (read, not yet written) with this many workers: flat memory, busy workers. */
export function inFlight(workers: number): { items: number; weight: number } {
  return { items: workers * QUEUED_PER_WORKER * BATCH_ARTICLES, weight: workers * QUEUED_PER_WORKER * BATCH_CHARS };
}

/**
 * How many worker threads to use; 0 means none (the pipeline runs in the main thread).
 * Below PARALLEL_MIN_BYTES of files the main thread does the work: starting a worker would cost
 * more than the analysis, and no article that small takes long. Above it every run analyses in
 * workers, `--jobs 1` in one: a worker can be stopped when an article takes too long, and one that
 * runs out of memory on a huge article costs only that article, where the main thread would end the
 * run. Standard input may be a long stream, so it gets workers (started one at a time, as work arrives).
 */
export function workerCount(jobs: number, shape: InputShape): number {
  if (!shape.stdin && shape.bytes < PARALLEL_MIN_BYTES) return 0;
  if (shape.stdin) return jobs;
  const knownArticles = shape.jsonlFiles > 0 ? Infinity : shape.textFiles;
  return Math.max(1, Math.min(jobs, knownArticles));
}
