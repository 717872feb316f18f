#!/usr/bin/env node
/**
 * What the entity stage costs next to wink-nlp's own readDoc, on the texts of the gold
 * corpora (or the .txt files of a directory given as argument): the median of 9 alternating rounds.
 * Run after a build: npm run bench:entities [DIR]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine, tokenize } from '../dist/pipeline/tokenize.js';
import { findEntities } from '../dist/pipeline/entities/index.js';

const dir = process.argv[2] ?? new URL('../test/gold/gum-news/texts/', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const ROUNDS = 9;
const REPEAT = 5;
const nlp = loadEngine();
const docs = texts.map((text) => tokenize(text));
const tokens = docs.reduce((sum, doc) => sum + doc.tokens.length, 0) * REPEAT;

function time(run) {
  const start = performance.now();
  for (let k = 0; k < REPEAT; k++) run();
  return performance.now() - start;
}

// Rounds alternate the two, so a busy machine slows both alike; the ratio is the median of the rounds'.
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const readDoc = time(() => { for (const text of texts) nlp.readDoc(text); });
  const entities = time(() => { for (const doc of docs) findEntities(doc); });
  rounds.push({ readDoc, entities, ratio: entities / readDoc });
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const readDoc = median(rounds.map((r) => r.readDoc));
const entities = median(rounds.map((r) => r.entities));
const rate = (ms) => `${Math.round(tokens / (ms / 1000)).toLocaleString('en')} tokens/s`;
console.log(`${texts.length} articles x ${REPEAT}, ${tokens.toLocaleString('en')} tokens, median of ${ROUNDS} rounds`);
console.log(`wink-nlp readDoc  ${readDoc.toFixed(0)} ms  ${rate(readDoc)}`);
console.log(`entity stage      ${entities.toFixed(0)} ms  ${rate(entities)}`);
console.log(`entities / readDoc = ${median(rounds.map((r) => r.ratio)).toFixed(2)}`);
