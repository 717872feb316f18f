#!/usr/bin/env node
/**
 * What the entity stage costs next to wink-nlp's readDoc on the same texts, both as wink-nlp
 * ships it and with the lean pipe the tool runs: the median of 9 alternating rounds, on the
 * texts of the gold corpora (or the .txt files of the directories given as arguments).
 * Measured: the rules alone; the tagger alone, both passes (its feature tables and decoding, from
 * the rules' analysis); the whole stage with the model (rules, tagger, grouping, confidence); and
 * loading the model file. Run after a build: npm run bench:entities [-- --model FILE] [DIR...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tokenize } from '../dist/pipeline/tokenize.js';
import { findEntities } from '../dist/pipeline/entities/index.js';
import { analyseByRules } from '../dist/pipeline/entities/rules.js';
import { taggerInput } from '../dist/pipeline/entities/tagger/features.js';
import { entityTaggerOf, weightsOf } from '../dist/pipeline/entities/tagger/model.js';
import { NameTagger } from '../dist/pipeline/entities/tagger/tagger.js';
import { readModelFile } from '../dist/model/modelFile.js';
import { SHIPPED_MODELS } from '../dist/model/modelSet.js';
import { READ_DOCS, median } from './bench/readDocs.mjs';

const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { model: { type: 'string', default: join(SHIPPED_MODELS, 'entities.model') } } });
const dirs = positionals.length ? positionals : ['gum-news', 'seed', 'written', 'written-b'].map((c) => new URL(`../test/gold/${c}/texts/`, import.meta.url).pathname);
const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));
const ROUNDS = 9;
const REPEAT = 5;

const loadStarted = performance.now();
const contents = readModelFile(opts.model);
const tagger = new NameTagger(weightsOf(contents));
const loadMs = performance.now() - loadStarted;
const stage = entityTaggerOf(contents);
const docs = texts.map((text) => tokenize(text));
const rules = docs.map((doc) => analyseByRules(doc));
const tokens = docs.reduce((sum, doc) => sum + doc.tokens.length, 0) * REPEAT;

function time(run) {
  const start = performance.now();
  for (let k = 0; k < REPEAT; k++) run();
  return performance.now() - start;
}

// Rounds alternate the measures, so a busy machine slows all alike; each ratio is the median of the rounds'.
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const times = {};
  for (const { name, nlp } of READ_DOCS) times[name] = time(() => { for (const text of texts) nlp.readDoc(text); });
  times.rules = time(() => { for (const doc of docs) findEntities(doc); });
  times.tagger = time(() => { docs.forEach((doc, i) => tagger.tag(taggerInput(doc, rules[i]))); });
  times.stage = time(() => { for (const doc of docs) findEntities(doc, { tagger: stage }); });
  rounds.push(times);
}
const rate = (ms) => `${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s`;
console.log(`${texts.length} articles x ${REPEAT}, ${tokens.toLocaleString('en')} tokens, median of ${ROUNDS} rounds; model ${opts.model}`);
const measures = [['rules', 'entity rules alone'], ['tagger', 'tagger, both passes'], ['stage', 'entity stage with the model']];
for (const { name, label } of READ_DOCS) {
  const ms = median(rounds.map((r) => r[name]));
  console.log(`${label.padEnd(32)} ${ms.toFixed(0).padStart(5)} ms  ${rate(ms)}`);
}
for (const [name, label] of measures) {
  const ms = median(rounds.map((r) => r[name]));
  console.log(`${label.padEnd(32)} ${ms.toFixed(0).padStart(5)} ms  ${rate(ms)}`);
}
for (const [name, label] of measures) {
  for (const { name: read, label: readLabel } of READ_DOCS) {
    console.log(`${label} / ${readLabel} = ${median(rounds.map((r) => r[name] / r[read])).toFixed(2)} of its time`);
  }
}
console.log(`model file read and tagger built in ${loadMs.toFixed(0)} ms`);
