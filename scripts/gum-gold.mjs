#!/usr/bin/env node
// GUM's named mentions as a gold folder of mentions, to score the tagger with statements eval:
//   node scripts/gum-gold.mjs GUM_FOLDER SPLIT OUT   (e.g. .data/gum test .data/gold/gum-test)
// Leaves out the reddit documents (masked text) and the news ones (the project's gum-news gold).
// Run after a build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gumDocuments } from '../dist/train/entities/corpora.js';

const [gum, split, out] = process.argv.slice(2);
if (!gum || !split || !out) { process.stderr.write('usage: node scripts/gum-gold.mjs GUM_FOLDER SPLIT OUT\n'); process.exit(2); }
mkdirSync(join(out, 'texts'), { recursive: true });
mkdirSync(join(out, 'gold'), { recursive: true });
const documents = gumDocuments(gum, split, (name) => name.startsWith('GUM_news_'));
const codePoints = (text, i) => [...text.slice(0, i)].length;
for (const d of documents) {
  writeFileSync(join(out, 'texts', `${d.id}.txt`), d.text);
  const mentions = d.mentions.map((m) => ({ start: codePoints(d.text, m.start), end: codePoints(d.text, m.end), type: m.type }));
  writeFileSync(join(out, 'gold', `${d.id}.gold.json`), JSON.stringify({ id: d.id, file: `texts/${d.id}.txt`, mentions }, null, 1) + '\n');
}
process.stderr.write(`gum-gold: ${documents.length} documents of GUM ${split} written to ${out}\n`);
