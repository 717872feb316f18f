#!/usr/bin/env node
/**
 * `npm run bench:reset`: what it costs to read every article from the same wink-nlp state. One
 * wink-nlp instance with the pipe the tool runs, over the gold and seed texts, in one process:
 * readDoc alone (the lexicon keeps growing), and forget() then readDoc (the lexicon cut back to the
 * model's before each document), in alternating rounds so that load on the machine touches both
 * alike. From the second round on, readDoc alone has learned every word of the texts, which a corpus
 * of new articles never has, while with the reset each document learns its own new words again: the
 * difference is an upper bound of what the reset costs. A corpus run meets new articles: where the
 * PolNeAR training texts are in .data/, both instances then read each of them once, in turn, the
 * growing one learning as a real run would. Then forget() alone, after a document of new words and
 * after none. Medians of the rounds.
 *
 *   node scripts/bench-reset.mjs [--rounds N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectTexts, textDirectories } from './bench/corpus.js';
import { WINK_PIPE } from '../dist/pipeline/tokenize.js';
import { loadFreshWink } from '../dist/pipeline/winkEngine.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 15;
const texts = collectTexts(textDirectories(root)).map((t) => t.text);
// Two instances, one never reset and one reset before each document, timed document by document
// in turn, so that the load of a shared machine falls on both alike.
const growing = loadFreshWink(WINK_PIPE);
const fresh = loadFreshWink(WINK_PIPE);
const { nlp, forget } = fresh;
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const timed = (run) => {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

function round() {
  let plainMs = 0;
  let freshMs = 0;
  for (const text of texts) {
    plainMs += timed(() => growing.nlp.readDoc(text));
    freshMs += timed(() => {
      fresh.forget();
      fresh.nlp.readDoc(text);
    });
  }
  return [plainMs, freshMs];
}

round();
round();
const plain = [];
const reset = [];
for (let r = 0; r < rounds; r++) {
  const [p, f] = round();
  plain.push(p);
  reset.push(f);
}
const tokens = texts.reduce((n, text) => n + nlp.readDoc(text).tokens().length(), 0);

/** Articles neither instance has read, each read once by both: the growing lexicon as a corpus run has it. */
function unseen() {
  const dir = join(root, '.data/PolNeAR/data/train/text');
  if (!existsSync(dir)) return null;
  const articles = readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), 'utf8'));
  let plainMs = 0;
  let freshMs = 0;
  for (const text of articles) {
    plainMs += timed(() => growing.nlp.readDoc(text));
    freshMs += timed(() => {
      fresh.forget();
      fresh.nlp.readDoc(text);
    });
  }
  return { articles: articles.length, plainMs, freshMs };
}
const firstReading = unseen();

/** forget() alone: after a document of words the model does not know, and with nothing to forget. */
function forgetMicros(afterNewWords) {
  const times = [];
  for (let i = 0; i < 2000; i++) {
    if (afterNewWords) nlp.readDoc(`Zorvek ${i} Quillmarrow${i} said brantle${i} would plinth.`);
    const started = process.hrtime.bigint();
    forget();
    times.push(Number(process.hrtime.bigint() - started) / 1e3);
  }
  return median(times);
}
const emptyForget = forgetMicros(false);
const afterWords = forgetMicros(true);

const p = median(plain);
const f = median(reset);
console.log(`wink-nlp reset before each document: ${texts.length} texts, ${tokens.toLocaleString('en')} tokens, ${rounds} rounds (node ${process.version})`);
console.log(`readDoc alone (lexicon grows):     ${p.toFixed(1)} ms a pass, ${Math.round(tokens / p * 1000).toLocaleString('en')} tokens/s`);
console.log(`forget() + readDoc (same state):   ${f.toFixed(1)} ms a pass, ${Math.round(tokens / f * 1000).toLocaleString('en')} tokens/s`);
console.log(`cost of the reset, at most: ${((f / p - 1) * 100).toFixed(1)} % of readDoc's time, ${((f - p) / texts.length * 1000).toFixed(0)} µs a document`);
if (firstReading) {
  const { articles, plainMs, freshMs } = firstReading;
  console.log(`${articles} PolNeAR articles read once: ${plainMs.toFixed(0)} ms growing, ${freshMs.toFixed(0)} ms with the reset: ${((freshMs / plainMs - 1) * 100).toFixed(1)} %, ${((freshMs - plainMs) / articles * 1000).toFixed(0)} µs an article`);
} else {
  console.log('(no .data/PolNeAR: the cost on articles read for the first time is not measured)');
}
console.log(`forget() alone: ${emptyForget.toFixed(1)} µs with nothing learned, ${afterWords.toFixed(1)} µs after a document of 3 new words`);
