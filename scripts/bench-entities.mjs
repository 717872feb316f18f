#!/usr/bin/env node
/**
 * What the entity stage costs next to wink-nlp's readDoc on the same texts, both as wink-nlp
 * ships it and with the lean pipe the tool runs: the median of 9 alternating rounds, on the
 * texts of the gold corpora (or the .txt files of a directory given as argument).
 * Run after a build: npm run bench:entities [DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../dist/pipeline/tokenize.js';
import { findEntities } from '../dist/pipeline/entities/index.js';
import { READ_DOCS, median } from './bench/readDocs.mjs';

const dir = process.argv[2] ?? new URL('../test/gold/gum-news/texts/', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const ROUNDS = 9;
const REPEAT = 5;
const docs = texts.map((text) => tokenize(text));
const tokens = docs.reduce((sum, doc) => sum + doc.tokens.length, 0) * REPEAT;

function time(run) {
  const start = performance.now();
  for (let k = 0; k < REPEAT; k++) run();
  return performance.now() - start;
}

// Rounds alternate the three, so a busy machine slows all alike; each ratio is the median of the rounds'.
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const times = {};
  for (const { name, nlp } of READ_DOCS) times[name] = time(() => { for (const text of texts) nlp.readDoc(text); });
  times.entities = time(() => { for (const doc of docs) findEntities(doc); });
  rounds.push(times);
}
const rate = (ms) => `${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s`;
console.log(`${texts.length} articles x ${REPEAT}, ${tokens.toLocaleString('en')} tokens, median of ${ROUNDS} rounds`);
const entities = median(rounds.map((r) => r.entities));
for (const { name, label } of READ_DOCS) {
  const ms = median(rounds.map((r) => r[name]));
  console.log(`${label.padEnd(32)} ${ms.toFixed(0).padStart(5)} ms  ${rate(ms)}`);
}
console.log(`${'entity stage'.padEnd(32)} ${entities.toFixed(0).padStart(5)} ms  ${rate(entities)}`);
for (const { name, label } of READ_DOCS) {
  console.log(`entities / ${label} = ${median(rounds.map((r) => r.entities / r[name])).toFixed(2)}`);
}
