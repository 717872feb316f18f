import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../pipeline/index.js';
import type { View } from '../render/renderer.js';
import type { ArticleInput } from '../types.js';
import { internalProblem, type Analyzer, type Outcome } from './analyzer.js';
import type { AnalyzeRequest, WorkerMessage } from './messages.js';

interface Job {
  article: ArticleInput;
  resolve: (outcome: Outcome) => void;
}

interface PoolWorker {
  thread: Worker;
  /** Sent and not yet answered, oldest first: a worker answers in the order it was asked, so the first is under way. */
  jobs: Job[];
  /** The model is loaded: the time limit runs for the job under way. */
  ready: boolean;
  timer?: NodeJS.Timeout;
  failure?: Error;
}

export interface PoolOptions {
  size: number;
  analysis: AnalyzeOptions;
  /** Workers answer with each article's JSON for this view (for a renderer with `articleJson`). */
  jsonView: View | null;
  /** Milliseconds one article may take before its worker is stopped and the article reported. */
  articleTimeoutMs: number;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);


/**
 * Up to `size` worker threads, each loading the model once. Threads start only when every
 * running one is busy, so a run with one article never pays for a second model load. An article
 * that takes longer than the time limit, or a worker that dies on one (out of memory), costs only
 * that article: the worker is replaced and the articles queued behind it go on.
 */
export class WorkerPool implements Analyzer {
  private readonly workers: PoolWorker[] = [];

  constructor(private readonly options: PoolOptions) {}

  analyze(article: ArticleInput): Promise<Outcome> {
    return new Promise((resolve) => this.dispatch({ article, resolve }));
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    for (const w of workers) clearTimeout(w.timer);
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }

  private dispatch(job: Job): void {
    let target = this.workers.reduce<PoolWorker | undefined>((best, w) => (!best || w.jobs.length < best.jobs.length ? w : best), undefined);
    if (!target || (target.jobs.length > 0 && this.workers.length < this.options.size)) target = this.spawn();
    target.jobs.push(job);
    const request: AnalyzeRequest = { article: job.article, options: this.options.analysis, jsonView: this.options.jsonView };
    target.thread.postMessage(request);
    if (target.jobs.length === 1) this.startClock(target);
  }

  private spawn(): PoolWorker {
    const worker: PoolWorker = { thread: new Worker(WORKER_URL), jobs: [], ready: false };
    worker.thread.on('message', (message: WorkerMessage) => this.answer(worker, message));
    worker.thread.on('error', (error) => (worker.failure = error));
    worker.thread.on('exit', (code) => this.lost(worker, code));
    this.workers.push(worker);
    return worker;
  }

  /** Times the job under way, once the worker has its model. */
  private startClock(worker: PoolWorker): void {
    clearTimeout(worker.timer);
    worker.timer = undefined;
    if (!worker.ready || worker.jobs.length === 0) return;
    worker.timer = setTimeout(() => this.timedOut(worker), this.options.articleTimeoutMs);
  }

  private answer(worker: PoolWorker, message: WorkerMessage): void {
    if ('ready' in message) {
      worker.ready = true;
      return this.startClock(worker);
    }
    const job = worker.jobs.shift();
    this.startClock(worker);
    if (!job) return;
    if (message.ok) return job.resolve(message);
    const error = Object.assign(new Error(message.message), { stack: message.stack });
    job.resolve(internalProblem(job.article.source, error));
  }

  /** The article under way took too long: the worker is stopped (a synchronous stage cannot be interrupted otherwise). */
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

  private retire(worker: PoolWorker, failCurrent: (job: Job) => void): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return; // closed on purpose, or already retired
    this.workers.splice(index, 1);
    clearTimeout(worker.timer);
    const [current, ...queued] = worker.jobs;
    worker.jobs = [];
    if (current) failCurrent(current);
    for (const job of queued) this.dispatch(job);
  }
}
