#!/usr/bin/env node
/**
 * `npm run bench:pathological`: time of the whole pipeline (analyzeArticle) on hostile inputs
 * of size n and 2n. Linear time shows as a ratio near 2; a ratio near 4 is quadratic.
 * Each measurement runs in a fresh process, so one case's memory and learned words do not
 * touch the next. Times are CPU time (user + system) of the analysis, which a busy shared
 * machine disturbs less than wall-clock time. `--scale 0.1` runs every case at a tenth of its size.
 *
 *   node scripts/bench-pathological.js [--scale S] [--case NAME]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SENTENCE = 'Foreign Minister Ilse Marrow told reporters in Port Amsel that the harbour plan “will not work”, adding that talks would resume. ';

/** name → [n, text of length about `size`] */
const CASES = {
  'quotes: straight marks only': [100_000, (size) => '"'.repeat(size)],
  'quotes: curly marks that never close, between words': [100_000, (size) => 'word “'.repeat(Math.ceil(size / 6)).slice(0, size)],
  'quotes: every style, unbalanced': [100_000, (size) => '"“‘«»„”’\'‹›'.repeat(Math.ceil(size / 11)).slice(0, size)],
  'line: 10 MB of news sentences, no newline': [5_000_000, (size) => SENTENCE.repeat(Math.ceil(size / SENTENCE.length)).slice(0, size)],
  'line: 10 MB of statements by ever new speakers, no newline': [5_000_000, (size) => newSpeakers(size)],
  'line: 10 MB without a single break': [5_000_000, (size) => randomRun(size)],
  'line: 10 MB of one capital and dashes': [5_000_000, (size) => 'A' + '-'.repeat(size - 1)],
  'run-on: "Ann Veld said that " repeated': [1_000_000, (size) => repeatTo('Ann Veld said that ', size)],
  'run-on: "Ann Veld said: " repeated': [1_000_000, (size) => repeatTo('Ann Veld said: ', size)],
  'run-on: "According to NATO, " repeated': [1_000_000, (size) => repeatTo('According to NATO, ', size)],
};

function repeatTo(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** "Dr. Kalo Menvi of Tarsa Bank said ..." with a different invented name and organization each time. */
function newSpeakers(size) {
  const syllables = ['ka', 'lo', 'men', 'vi', 'tar', 'sa', 'ru', 'del', 'no', 'bri', 'zan', 'for', 'qui', 'pel', 'has', 'tu'];
  const name = (i, parts) => {
    let word = '';
    for (let k = 0, j = i; k < parts; k++, j = Math.floor(j / syllables.length)) word += syllables[j % syllables.length];
    return word[0].toUpperCase() + word.slice(1);
  };
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const sentence = `Dr. ${name(i * 7, 2)} ${name(i, 4)} of ${name(i * 13, 4)} Bank said “the plan for ${name(i * 3, 2)} will work”, and ${name(i, 4)} added that talks would go on. `;
    out.push(sentence);
    length += sentence.length;
  }
  return out.join('').slice(0, size);
}

/** Letters, digits and punctuation without spaces, different everywhere (repeats would be cached by wink-nlp). */
function randomRun(size) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.,\'"';
  let seed = 1;
  const chars = new Array(size);
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    chars[i] = alphabet[seed % alphabet.length];
  }
  return chars.join('');
}

async function measureOne(name, size) {
  const { analyzeArticle, loadEngine } = await import('../dist/pipeline/index.js');
  loadEngine();
  analyzeArticle({ id: 'warm', source: 'warm', text: 'Warm up: “Yes,” she said.', meta: {} });
  const text = CASES[name][1](size);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const article = analyzeArticle({ id: 'bench', source: 'bench', text, meta: {} });
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms: (cpu.user + cpu.system) / 1000, wallMs, tokens: article.stats.tokens, statements: article.statements.length, rssMb: process.memoryUsage().rss / 1e6 }));
}

function measure(name, size) {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, [self, '--measure', name, String(size)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${name} at ${size}: ${run.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(run.stdout);
}

function option(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

if (option('--measure') !== undefined) {
  await measureOne(option('--measure'), Number(process.argv[process.argv.indexOf('--measure') + 2]));
} else {
  const scale = Number(option('--scale') ?? 1);
  const only = option('--case');
  console.log(`pathological inputs, whole pipeline, fresh process per run (node ${process.version})`);
  console.log('case'.padEnd(56) + 'n'.padStart(11) + 'cpu n'.padStart(10) + 'cpu 2n'.padStart(10) + 'ratio'.padStart(7) + '  verdict');
  let superlinear = 0;
  for (const [name, [base]] of Object.entries(CASES)) {
    if (only && !name.includes(only)) continue;
    const n = Math.round(base * scale);
    const small = measure(name, n);
    const large = measure(name, 2 * n);
    const ratio = large.ms / small.ms;
    const verdict = ratio < 2.6 ? 'linear' : 'SUPERLINEAR';
    if (verdict !== 'linear') superlinear++;
    console.log(name.padEnd(56) + n.toLocaleString('en').padStart(11) + `${Math.round(small.ms)} ms`.padStart(10)
      + `${Math.round(large.ms)} ms`.padStart(10) + ratio.toFixed(2).padStart(7) + `  ${verdict} (2n: ${large.tokens.toLocaleString('en')} tokens, ${Math.round(large.wallMs)} ms wall, ${Math.round(large.rssMb)} MB)`);
  }
  if (superlinear) console.log(`${superlinear} case(s) grew faster than linear`);
}
