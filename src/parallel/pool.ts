import { Worker } from 'node:worker_threads';
import type { View } from '../render/renderer.js';
import type { AnalyzeOptions } from '../pipeline/index.js';
import type { ArticleInput } from '../types.js';
import { internalProblem, type Analyzer, type Outcome } from './analyzer.js';
import type { AnalyzeReply, AnalyzeRequest } from './messages.js';

interface Job {
  article: ArticleInput;
  resolve: (outcome: Outcome) => void;
}

interface PoolWorker {
  thread: Worker;
  /** Sent and not yet answered, oldest first: a worker answers in the order it was asked. */
  jobs: Job[];
  failure?: Error;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Up to `size` worker threads, each loading the model once. Threads start only when every
 * running one is busy, so a run with one article never pays for a second model load.
 */
export class WorkerPool implements Analyzer {
  private readonly workers: PoolWorker[] = [];

  /** `jsonView`: workers answer with each article's JSON for this view (for a renderer with `articleJson`). */
  constructor(private readonly size: number, private readonly options: AnalyzeOptions, private readonly jsonView: View | null) {}

  analyze(article: ArticleInput): Promise<Outcome> {
    return new Promise((resolve) => this.dispatch({ article, resolve }));
  }

  async close(): Promise<void> {
    const threads = this.workers.splice(0).map((w) => w.thread);
    await Promise.all(threads.map((thread) => thread.terminate()));
  }

  private dispatch(job: Job): void {
    let target = this.workers.reduce<PoolWorker | undefined>((best, w) => (!best || w.jobs.length < best.jobs.length ? w : best), undefined);
    if (!target || (target.jobs.length > 0 && this.workers.length < this.size)) target = this.spawn();
    target.jobs.push(job);
    const request: AnalyzeRequest = { article: job.article, options: this.options, jsonView: this.jsonView };
    target.thread.postMessage(request);
  }

  private spawn(): PoolWorker {
    const worker: PoolWorker = { thread: new Worker(WORKER_URL), jobs: [] };
    worker.thread.on('message', (reply: AnalyzeReply) => this.answer(worker, reply));
    worker.thread.on('error', (error) => (worker.failure = error));
    worker.thread.on('exit', (code) => this.lost(worker, code));
    this.workers.push(worker);
    return worker;
  }

  private answer(worker: PoolWorker, reply: AnalyzeReply): void {
    const job = worker.jobs.shift();
    if (!job) return;
    if (reply.ok) return job.resolve(reply);
    const error = Object.assign(new Error(reply.message), { stack: reply.stack });
    job.resolve(internalProblem(job.article.source, error));
  }

  /**
   * A worker that stops (out of memory, a crash in the engine) fails only the article it was
   * working on; the articles queued behind it go to another worker.
   */
  private lost(worker: PoolWorker, code: number): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return; // closed on purpose
    this.workers.splice(index, 1);
    const [current, ...queued] = worker.jobs;
    if (current) current.resolve(internalProblem(current.article.source, worker.failure ?? new Error(`worker stopped with exit code ${code}`)));
    for (const job of queued) this.dispatch(job);
  }
}
