/**
 * `npm run fuzz`: every promise of the pipeline on many generated articles (FUZZ_RUNS,
 * default 100,000). The seed is printed first; a failure prints its seed and path, and
 * `FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz` replays exactly that counterexample.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';
import { outputSchema } from '../../src/schema.js';
import { articleText } from './arbitraries.js';
import { violations } from './invariants.js';
import { expectedCsvRows, parseCsv, renderCsv, renderJson, schemaValidator } from './render.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;
const path = process.env.FUZZ_PATH;

it(`keeps every promise on ${numRuns} generated articles`, () => {
  process.stderr.write(`fuzz: ${numRuns} runs, seed ${seed}${path ? `, path ${path}` : ''} (replay: FUZZ_SEED=${seed} npm run fuzz)\n`);
  const validate = schemaValidator(outputSchema);
  const started = Date.now();
  let done = 0;
  fc.assert(fc.property(articleText, (text) => {
    const input = { id: 'f', source: 'f.txt', text, meta: {} };
    const article = analyzeArticle(input, { tokens: true });
    expect(violations(article, input)).toEqual([]);
    expect(JSON.stringify(analyzeArticle(input, { tokens: true }))).toBe(JSON.stringify(article));
    expect(validate(JSON.parse(renderJson([article])))).toEqual([]);
    expect(parseCsv(renderCsv([article])).slice(1)).toEqual(expectedCsvRows([article]));
    if (++done % 10_000 === 0) process.stderr.write(`fuzz: ${done} runs, ${Math.round((Date.now() - started) / 1000)} s\n`);
  }), { numRuns, seed, path, endOnFailure: false });
});
