#!/usr/bin/env node
/**
 * Speed of speech attribution against wink-nlp's readDoc on the same texts, both as wink-nlp
 * ships it and with the lean pipe the tool runs.
 * Usage: npm run build && node scripts/bench-speech.mjs [DIR...] (default: test/gold texts, 20 rounds)
 * Prints milliseconds per stage and attribution time as a share of each readDoc's time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../dist/pipeline/tokenize.js';
import { findEntities } from '../dist/pipeline/entities/index.js';
import { findStatements } from '../dist/pipeline/speech/index.js';
import { resolveSpeakers } from '../dist/pipeline/resolveSpeakers.js';
import { READ_DOCS, median } from './bench/readDocs.mjs';
import { modelSet } from '../dist/model/modelSet.js';
import { speechModelOf } from '../dist/pipeline/speech/model/speechModel.js';

// The shipped speech model (models/speech.model), as the pipeline runs it; NO_MODEL=1 times the rules alone.
const shipped = process.env.NO_MODEL ? undefined : modelSet().get('speech');
const model = shipped && speechModelOf(shipped);

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push('test/gold');

function textsUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textsUnder(path));
    else if (name.endsWith('.txt')) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

const texts = dirs.flatMap(textsUnder);
const STAGES = ['readDoc', 'readDocLean', 'tokenize', 'entities', 'speech', 'speakers'];
const rounds = [];
let tokens = 0;
let statements = 0;
// Round 0 warms the JIT and is not counted. The machine may be shared, so each stage is
// reported at its fastest round, and the share at its median over rounds.
for (let round = 0; round <= ROUNDS; round++) {
  const time = Object.fromEntries(STAGES.map((s) => [s, 0]));
  for (const text of texts) {
    let t;
    for (const { name, nlp } of READ_DOCS) {
      t = performance.now();
      nlp.readDoc(text);
      time[name] += performance.now() - t;
    }
    t = performance.now();
    const doc = tokenize(text);
    time.tokenize += performance.now() - t;
    t = performance.now();
    const entities = findEntities(doc);
    time.entities += performance.now() - t;
    t = performance.now();
    const found = findStatements(doc, entities, model);
    time.speech += performance.now() - t;
    t = performance.now();
    resolveSpeakers(doc, entities, found);
    time.speakers += performance.now() - t;
    if (round === 0) { tokens += doc.tokens.length; statements += found.length; }
  }
  if (round > 0) rounds.push(time);
}
console.log(`${texts.length} texts, ${tokens} tokens, ${statements} statements, ${ROUNDS} rounds`);
for (const stage of STAGES) {
  const best = Math.min(...rounds.map((r) => r[stage]));
  console.log(`${stage.padEnd(10)} ${best.toFixed(1).padStart(8)} ms per round  ${(tokens / best).toFixed(0).padStart(6)}k tokens/s`);
}
for (const { name, label } of READ_DOCS) {
  const share = median(rounds.map((r) => (r.speech + r.speakers) / r[name]));
  console.log(`attribution (speech + speakers) = ${(100 * share).toFixed(1)}% of ${label} (median over rounds)`);
}
