/** A worker thread: loads the model once, then analyses every article it is sent, in order. */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle, loadEngine } from '../pipeline/index.js';
import { project } from '../render/renderer.js';
import type { AnalyzeReply, AnalyzeRequest, WorkerMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('statements: worker.js runs as a worker thread, found the main thread');

// The time limit of an article starts when the model is loaded, not while it loads.
loadEngine();
port.postMessage({ ready: true } satisfies WorkerMessage);

port.on('message', (request: AnalyzeRequest) => {
  let reply: AnalyzeReply;
  try {
    const article = analyzeArticle(request.article, request.options);
    // A string crosses between threads far more cheaply than an object graph, and the main thread has less to do.
    reply = request.jsonView ? { ok: true, json: JSON.stringify(project(article, request.jsonView)) } : { ok: true, article };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, message: failure.message, stack: failure.stack };
  }
  port.postMessage(reply);
});
