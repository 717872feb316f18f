// One measurement in a fresh process: readDoc alone (wink-nlp's default pipe, or the lean pipe our
// tokenize stage asks for), or our pipeline, over every article of a JSONL corpus.
// Prints {articles, tokens, seconds, cpuSeconds} as JSON: CPU time is steadier than the clock on a busy machine. Usage: node throughput.js readDoc|readDocLean|pipeline CORPUS
import { readFileSync } from 'node:fs';

const [mode, corpus] = process.argv.slice(2);
const texts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);

async function readDocAlone(pipe) {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, pipe);
  return (text) => nlp.readDoc(text).tokens().length();
}

async function pipeline() {
  const { analyzeArticle } = await import('../../dist/pipeline/index.js');
  const { createRenderer } = await import('../../dist/render/index.js');
  const { Chalk } = await import('chalk');
  const renderer = await createRenderer('jsonl', { view: 'extract', chalk: new Chalk({ level: 0 }), width: 100 });
  let sink = 0;
  return (text, i) => {
    const article = analyzeArticle({ id: String(i), source: 'bench', text, meta: {} });
    sink += renderer.article(article).length;
    return article.stats.tokens + (sink < 0 ? 1 : 0);
  };
}

const lean = async () => readDocAlone((await import('../../dist/pipeline/tokenize.js')).WINK_PIPE);
const run = mode === 'readDoc' ? await readDocAlone() : mode === 'readDocLean' ? await lean() : await pipeline();
run('Warm-up sentence, loaded before the clock starts.', -1);
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
let tokens = 0;
texts.forEach((text, i) => (tokens += run(text, i)));
const cpu = process.cpuUsage(cpuStarted);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ articles: texts.length, tokens, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }) + '\n');
