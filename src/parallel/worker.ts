/**
 * A worker thread: loads the model and the renderer once, then analyses every batch it is sent, in
 * order, and answers each batch with one message: the rendered output of its articles as bytes
 * (transferred, not copied), or the articles themselves where the writing thread renders them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeBatch, AnalyzeResult, WorkerMessage, WorkerSetup } from './messages.js';

const port = parentPort;
if (!port) throw new Error('statements: worker.js runs as a worker thread, found the main thread');
const setup = workerData as WorkerSetup;

const [{ analyzeArticle, loadEngine }, { modelSet }, renderer, filters] = await Promise.all([
  import('../pipeline/index.js'),
  import('../model/modelSet.js'),
  setup.render ? import('../render/index.js').then((m) => m.pieceRenderer(setup.render!)) : null,
  setup.filter ? import('../filters.js') : null,
]);

// The time limit of an article starts when the models are loaded, not while they load: one short
// text, analysed and thrown away, reads every model and builds what each stage derives from it
// (each article starts from a fresh lexicon, so it leaves nothing behind).
loadEngine();
modelSet(setup.analysis.models);
analyzeArticle({ id: 'warm-up', source: 'warm-up', text: 'Ann Veld of the city council said on Monday: "It will open."', meta: {} }, setup.analysis);
port.postMessage({ ready: true } satisfies WorkerMessage);

const encoder = new TextEncoder();

port.on('message', ({ articles }: AnalyzeBatch) => {
  const results: AnalyzeResult[] = [];
  const pieces: string[] = [];
  let offset = 0;
  for (const input of articles) {
    try {
      const article = analyzeArticle(input, setup.analysis);
      if (!renderer?.piece) {
        results.push({ ok: true, article });
        continue;
      }
      const kept = filters && setup.filter ? filters.filterArticle(article, setup.filter) : article;
      const piece = kept ? renderer.piece(kept) : null;
      if (piece === null) {
        results.push({ ok: true, piece: null });
        continue;
      }
      const length = Buffer.byteLength(piece);
      results.push({ ok: true, piece: [offset, offset + length] });
      pieces.push(piece);
      offset += length;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      results.push({ ok: false, message: failure.message, stack: failure.stack });
    }
  }
  // One buffer of its own per batch (TextEncoder's, never Node's shared pool), moved to the main thread without a copy.
  const bytes = pieces.length > 0 ? encoder.encode(pieces.join('')) : null;
  const message: WorkerMessage = { results, bytes };
  port.postMessage(message, bytes ? [bytes.buffer] : []);
});
