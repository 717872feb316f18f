// One measurement in a fresh process: readDoc alone (wink-nlp's default pipe, or the lean pipe our
// tokenize stage asks for), our pipeline, or compromise, over every article of a JSONL corpus.
// Prints {articles, tokens, seconds, cpuSeconds} as JSON: CPU time is steadier than the clock on a busy machine. Usage: node throughput.js readDoc|readDocLean|pipeline|compromise CORPUS
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

/**
 * compromise (the NLP package a Node user would reach for) asked what we answer: people,
 * organizations, places and quotations. Its tokens are its own terms, so compare it by time on the
 * same texts, not by tokens per second.
 */
async function compromise() {
  const { default: nlp } = await import('compromise');
  return (text) => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
    doc.quotations().out('array');
    return doc.terms().length;
  };
}

const lean = async () => readDocAlone((await import('../../dist/pipeline/tokenize.js')).WINK_PIPE);
const modes = { readDoc: () => readDocAlone(), readDocLean: lean, pipeline, compromise };
if (!modes[mode]) throw new Error(`throughput.js: unknown mode ${mode}, expected one of ${Object.keys(modes).join(', ')}`);
const run = await modes[mode]();
run('Warm-up sentence, loaded before the clock starts.', -1);
const started = process.hrtime.bigint();
const cpuStarted = process.cpuUsage();
let tokens = 0;
texts.forEach((text, i) => (tokens += run(text, i)));
const cpu = process.cpuUsage(cpuStarted);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({ articles: texts.length, tokens, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }) + '\n');
