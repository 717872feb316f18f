#!/usr/bin/env node
/**
 * Each stage of the pipeline against wink-nlp's default readDoc on the same texts, in one process:
 *   npm run bench:stages -- CORPUS.jsonl   (any JSONL with a `text` field)
 * Three rounds (the first warms the JIT); prints the last round's milliseconds per stage and each
 * stage as a multiple of readDoc's time in that round. The machine may be shared: compare ratios.
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { tokenize } from '../dist/pipeline/tokenize.js';
import { findStatements } from '../dist/pipeline/speech/index.js';
import { resolveSpeakers } from '../dist/pipeline/resolveSpeakers.js';
import { analyseByRules } from '../dist/pipeline/entities/rules.js';
import { taggerInput } from '../dist/pipeline/entities/tagger/features.js';
import { NameTagger } from '../dist/pipeline/entities/tagger/tagger.js';
import { entityTaggerOf, weightsOf } from '../dist/pipeline/entities/tagger/model.js';
import { speechModelOf } from '../dist/pipeline/speech/model/speechModel.js';
import { modelSet } from '../dist/model/modelSet.js';
import { analyzeArticle } from '../dist/pipeline/index.js';

if (!process.argv[2]) { process.stderr.write('usage: npm run bench:stages -- CORPUS.jsonl\n'); process.exit(2); }
const texts = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
const nlp = winkNLP(winkModel);
const entityModel = modelSet().get('entities');
const speechModel = modelSet().get('speech');
if (!entityModel || !speechModel) { process.stderr.write('bench:stages: expected models/entities.model and models/speech.model\n'); process.exit(2); }
const stage = entityTaggerOf(entityModel);
const tagger = new NameTagger(weightsOf(entityModel));
const speech = speechModelOf(speechModel);

const time = {};
const timed = (name, run) => { const t = performance.now(); const out = run(); time[name] = (time[name] ?? 0) + performance.now() - t; return out; };
for (let round = 0; round < 3; round++) {
  for (const k in time) time[k] = 0;
  for (const text of texts) {
    timed('readDoc (default pipe)', () => nlp.readDoc(text));
    const doc = timed('tokenize', () => tokenize(text));
    const rules = timed('entity rules', () => analyseByRules(doc));
    const input = timed('tagger input', () => taggerInput(doc, rules));
    timed('tagger, both passes', () => tagger.tag(input));
    const entities = timed('entity stage with the tagger', () => stage.entities(doc));
    const statements = timed('speech with its model', () => findStatements(doc, entities, speech));
    timed('speech, rules alone', () => findStatements(doc, entities, undefined));
    timed('speakers', () => resolveSpeakers(doc, entities, statements));
    timed('analyzeArticle (all)', () => analyzeArticle({ id: 'a', source: 'bench', text, meta: {} }));
  }
}
const base = time['readDoc (default pipe)'];
for (const [name, ms] of Object.entries(time)) console.log(`${name.padEnd(30)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / base).toFixed(2)} × readDoc`);
