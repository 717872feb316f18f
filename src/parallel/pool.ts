import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../types.js';
import { internalProblem, type Analyzer, type Outcome } from './analyzer.js';
import type { AnalyzeBatch, AnalyzeResult, WorkerMessage, WorkerSetup } from './messages.js';
import { BATCH_ARTICLES, BATCH_CHARS } from './plan.js';

interface Job {
  article: ArticleInput;
  resolve: (outcome: Outcome) => void;
}

interface PoolWorker {
  thread: Worker;
  /** Batches sent and not yet answered, oldest first: a worker answers in the order it was asked, so the first is under way. */
  batches: Job[][];
  /** Characters of text in `batches`: the work it has waiting. */
  queued: number;
  /** The models are loaded: the time limit runs for the batch under way. */
  ready: boolean;
  timer?: NodeJS.Timeout;
  failure?: Error;
}

export interface PoolOptions extends WorkerSetup {
  size: number;
  /** Milliseconds one article may take before its worker is stopped and the article reported. */
  articleTimeoutMs: number;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

const charsOf = (jobs: Job[]) => jobs.reduce((sum, job) => sum + job.article.text.length, 0);

/**
 * Up to `size` worker threads, each loading the model once. Threads start only when every
 * running one is busy, so a run with one article never pays for a second model load. Articles
 * are sent in batches (see BATCH_CHARS). An article that takes longer than the time limit, or a
 * worker that dies on one (out of memory), costs only that article: the worker is replaced and
 * the articles queued behind it go on. A batch of several articles that does so is sent again
 * one article at a time, so that the limit finds the one to blame.
 */
export class WorkerPool implements Analyzer {
  private readonly workers: PoolWorker[] = [];
  private open: Job[] = [];
  private openChars = 0;
  private flushing: NodeJS.Immediate | undefined;

  constructor(private readonly options: PoolOptions) {}

  analyze(article: ArticleInput): Promise<Outcome> {
    return new Promise((resolve) => this.add({ article, resolve }));
  }

  async close(): Promise<void> {
    clearImmediate(this.flushing);
    const workers = this.workers.splice(0);
    for (const w of workers) clearTimeout(w.timer);
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }

  /** Into the open batch, which is sent when full, or once the input has nothing more at hand (the next turn of the event loop). */
  private add(job: Job): void {
    const chars = job.article.text.length;
    if (chars >= BATCH_CHARS) {
      this.flush();
      return this.send([job]);
    }
    if (this.openChars + chars > BATCH_CHARS || this.open.length >= BATCH_ARTICLES) this.flush();
    this.open.push(job);
    this.openChars += chars;
    this.flushing ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    clearImmediate(this.flushing);
    this.flushing = undefined;
    const jobs = this.open;
    this.open = [];
    this.openChars = 0;
    if (jobs.length > 0) this.send(jobs);
  }

  private send(jobs: Job[]): void {
    let target = this.workers.reduce<PoolWorker | undefined>((best, w) => (!best || w.queued < best.queued ? w : best), undefined);
    if (!target || (target.batches.length > 0 && this.workers.length < this.options.size)) target = this.spawn();
    target.batches.push(jobs);
    target.queued += charsOf(jobs);
    const batch: AnalyzeBatch = { articles: jobs.map((job) => job.article) };
    target.thread.postMessage(batch);
    if (target.batches.length === 1) this.startClock(target);
  }

  private spawn(): PoolWorker {
    const { analysis, render, filter } = this.options;
    const workerData: WorkerSetup = { analysis, render, filter };
    const worker: PoolWorker = { thread: new Worker(WORKER_URL, { workerData }), batches: [], queued: 0, ready: false };
    worker.thread.on('message', (message: WorkerMessage) => this.answer(worker, message));
    worker.thread.on('error', (error) => (worker.failure = error));
    worker.thread.on('exit', (code) => this.lost(worker, code));
    this.workers.push(worker);
    return worker;
  }

  /** Times the batch under way, once the worker has its models. */
  private startClock(worker: PoolWorker): void {
    clearTimeout(worker.timer);
    worker.timer = undefined;
    if (!worker.ready || worker.batches.length === 0) return;
    worker.timer = setTimeout(() => this.timedOut(worker), this.options.articleTimeoutMs);
  }

  private answer(worker: PoolWorker, message: WorkerMessage): void {
    if ('ready' in message) {
      worker.ready = true;
      return this.startClock(worker);
    }
    const jobs = worker.batches.shift() ?? [];
    worker.queued -= charsOf(jobs);
    this.startClock(worker);
    jobs.forEach((job, i) => job.resolve(outcomeOf(job, message.results[i], message.bytes)));
  }

  /** The batch under way took too long: the worker is stopped (a synchronous stage cannot be interrupted otherwise). */
  private timedOut(worker: PoolWorker): void {
    const seconds = this.options.articleTimeoutMs / 1000;
    this.retire(worker, (job) => job.resolve({
      ok: false,
      problem: { code: 'timeout', severity: 'error', source: job.article.source, message: `analysis took longer than --article-timeout ${seconds} s, stopped` },
    }));
    void worker.thread.terminate();
  }

  /**
   * A worker that stops (out of memory, a crash in the engine) fails only the article it was
   * working on; the articles queued behind it go to another worker.
   */
  private lost(worker: PoolWorker, code: number): void {
    this.retire(worker, (job) => {
      if ((worker.failure as NodeJS.ErrnoException | undefined)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
        return job.resolve(internalProblem(job.article.source, worker.failure ?? new Error(`worker stopped with exit code ${code}`)));
      }
      const size = job.article.text.length.toLocaleString('en');
      job.resolve({ ok: false, problem: { code: 'memory', severity: 'error', source: job.article.source, message: `ran out of memory analysing this article (${size} characters), skipped` }, error: worker.failure });
    });
  }

  /** The batch under way fails its one article, or, with several, each is sent again alone; the queued batches go elsewhere. */
  private retire(worker: PoolWorker, failCurrent: (job: Job) => void): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return; // closed on purpose, or already retired
    this.workers.splice(index, 1);
    clearTimeout(worker.timer);
    const [current, ...queued] = worker.batches;
    worker.batches = [];
    if (current?.length === 1) failCurrent(current[0]);
    else for (const job of current ?? []) this.send([job]);
    for (const jobs of queued) this.send(jobs);
  }
}

function outcomeOf(job: Job, result: AnalyzeResult | undefined, bytes: Uint8Array | null): Outcome {
  if (!result) return internalProblem(job.article.source, new Error('the worker sent fewer answers than it was sent articles'));
  if (!result.ok) return internalProblem(job.article.source, Object.assign(new Error(result.message), { stack: result.stack }));
  if ('article' in result) return { ok: true, article: result.article };
  return { ok: true, piece: result.piece && bytes ? bytes.subarray(result.piece[0], result.piece[1]) : null };
}
