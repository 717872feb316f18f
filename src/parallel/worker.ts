/** A worker thread: loads the model once, then analyses every article it is sent, in order. */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../pipeline/index.js';
import type { AnalyzeReply, AnalyzeRequest } from './messages.js';

const port = parentPort;
if (!port) throw new Error('statements: worker.js runs as a worker thread, found the main thread');

port.on('message', (request: AnalyzeRequest) => {
  let reply: AnalyzeReply;
  try {
    reply = { ok: true, article: analyzeArticle(request.article, { tokens: request.tokens }) };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, message: failure.message, stack: failure.stack };
  }
  port.postMessage(reply);
});
