// npm run bench [-- --mb 20 --memory-mb 200 --compromise-mb 0.5 --cold-runs 9 --out bench/results.json --texts DIR...]
// --texts adds a directory of texts to the corpus (the gold texts when they are neither in test/gold nor ../shared/gold).
// Measures, on this machine: wink-nlp readDoc alone, our pipeline in process, the CLI with --jobs 1
// and --jobs 2, cold start against a bare model load, peak memory, and compromise against readDoc and
// our pipeline on a smaller corpus (it is some forty times slower). Prints a table, writes JSON.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem, availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectTexts, textDirectories, writeCorpus } from './bench/corpus.js';
import { coldStart, parallelCeiling, runCli, throughput } from './bench/measure.js';
import { printTable } from './bench/report.js';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const { values: opts } = parseArgs({
  options: {
    mb: { type: 'string', default: '20' },
    texts: { type: 'string', multiple: true, default: [] },
    'memory-mb': { type: 'string', default: '200' },
    'cold-runs': { type: 'string', default: '9' },
    'compromise-mb': { type: 'string', default: '0.5' },
    out: { type: 'string', default: join(root, 'bench/results.json') },
  },
});

const say = (text) => process.stderr.write(`bench: ${text}\n`);
const scratch = mkdtempSync(join(tmpdir(), 'statements-bench-'));
try {
  const texts = collectTexts([...textDirectories(root), ...opts.texts.map((dir) => resolve(dir))]);
  const seed = texts.find((t) => t.path.includes('/seeds/'));
  const corpusPath = join(scratch, 'corpus.jsonl');
  const corpus = writeCorpus(corpusPath, texts, Number(opts.mb), root);
  say(`corpus: ${texts.length} texts, repeated and shuffled into ${corpus.articles} articles, ${(corpus.bytes / 1048576).toFixed(1)} MB`);
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGB: +(totalmem() / 1e9).toFixed(1),
    os: `${platform()} ${release()}`, node: process.version, loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
  };

  say('wink-nlp readDoc alone');
  const readDoc = throughput('readDoc', corpusPath);
  say('wink-nlp readDoc with the pipe the pipeline uses (sentences and parts of speech only)');
  const readDocLean = throughput('readDocLean', corpusPath);
  say('our pipeline, in process, one thread');
  const pipeline = throughput('pipeline', corpusPath);
  const cli = {};
  for (const jobs of [1, 2]) {
    say(`statements extract --format jsonl --jobs ${jobs}`);
    const run = await runCli(root, ['extract', '--format', 'jsonl', '--jobs', String(jobs), corpusPath], scratch);
    cli[jobs] = { ...run, articlesPerSecond: corpus.articles / run.seconds };
  }
  say('two processes of readDoc at once against one (what the machine gives two threads)');
  const quarterPath = join(scratch, 'quarter.jsonl');
  writeCorpus(quarterPath, texts, Number(opts.mb) / 4, root);
  const ceiling = await parallelCeiling(quarterPath);
  let compromise = null;
  if (Number(opts['compromise-mb']) > 0) {
    const smallPath = join(scratch, 'small.jsonl');
    const small = writeCorpus(smallPath, texts, Number(opts['compromise-mb']), root);
    say(`compromise, readDoc and our pipeline over the same ${(small.bytes / 1048576).toFixed(1)} MB`);
    const [bare, ours, theirs] = ['readDoc', 'pipeline', 'compromise'].map((mode) => throughput(mode, smallPath));
    compromise = {
      corpusBytes: small.bytes, articles: small.articles, readDocSeconds: bare.seconds, pipelineSeconds: ours.seconds, seconds: theirs.seconds,
      ratioToReadDoc: bare.seconds / theirs.seconds, pipelineRatio: theirs.seconds / ours.seconds,
    };
  }
  say(`cold start, ${opts['cold-runs']} runs each`);
  const cold = coldStart(root, seed.path, Number(opts['cold-runs']));

  let memory = null;
  if (Number(opts['memory-mb']) > 0) {
    const bigPath = join(scratch, 'large.jsonl');
    const big = writeCorpus(bigPath, texts, Number(opts['memory-mb']), root);
    say(`peak memory over ${(big.bytes / 1048576).toFixed(0)} MB of JSONL, default --jobs`);
    const run = await runCli(root, ['extract', '--format', 'jsonl', bigPath], scratch);
    memory = { corpusBytes: big.bytes, articles: big.articles, seconds: run.seconds, peakRssBytes: run.peakRssBytes };
  }

  const results = {
    date: new Date().toISOString(), machine: { ...machine, loadAverageAtEnd: loadavg().map((l) => +l.toFixed(2)), freeMemoryGB: +(freemem() / 1e9).toFixed(1) },
    corpus: { texts: texts.length, articles: corpus.articles, bytes: corpus.bytes },
    readDoc,
    readDocLean: { ...readDocLean, ratioToReadDoc: readDocLean.tokensPerSecond / readDoc.tokensPerSecond },
    pipeline: {
      ...pipeline,
      ratioToReadDoc: pipeline.tokensPerSecond / readDoc.tokensPerSecond,
      cpuRatioToReadDoc: (pipeline.tokens / pipeline.cpuSeconds) / (readDoc.tokens / readDoc.cpuSeconds),
    },
    cli: {
      jobs1: cli[1], jobs2: cli[2], speedup: cli[2].articlesPerSecond / cli[1].articlesPerSecond, sameOutput: cli[1].sha256 === cli[2].sha256,
      machineParallelCeiling: ceiling,
    },
    coldStart: { ...cold, ratio: cold.cliSeconds / cold.bareSeconds },
    memory,
    compromise,
  };
  printTable(results);
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(results, null, 2) + '\n');
  say(`written to ${opts.out}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
