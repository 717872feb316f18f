#!/usr/bin/env node
/**
 * What the caches kept across articles are worth: the pipeline over articles it has never read,
 * then over the same articles again, in one process warmed on other texts:
 *   npm run bench:novel -- WARM.jsonl NEW.jsonl [N]   (JSONL with a `text` field; the first N of NEW, 400)
 * The bench's corpus repeats a few dozen texts, so its words are known after the first round; news
 * is not. Prints each pass's seconds and the ratio. The machine may be shared: compare ratios.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../dist/pipeline/index.js';

const [warmPath, newPath, count = '400'] = process.argv.slice(2);
if (!warmPath || !newPath) { process.stderr.write('usage: npm run bench:novel -- WARM.jsonl NEW.jsonl [N]\n'); process.exit(2); }
const texts = (path) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
const warm = texts(warmPath);
const fresh = texts(newPath).slice(0, Number(count));
const run = (list) => {
  const start = performance.now();
  for (const text of list) analyzeArticle({ id: 'a', source: 'bench', text, meta: {} });
  return (performance.now() - start) / 1000;
};
for (let round = 0; round < 3; round++) run(warm);
const first = run(fresh);
const second = run(fresh);
console.log(`${fresh.length} articles never read: ${first.toFixed(2)} s; the same again: ${second.toFixed(2)} s; ratio ${(first / second).toFixed(2)}`);
