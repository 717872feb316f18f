/**
 * `npm run fuzz`: the order-independence property on many larger corpora (ORDER_RUNS, default 30
 * corpora of up to 40 generated articles and the teachers). FUZZ_SEED replays a run.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { alone, mixedCorpus, together } from './orderIndependence.js';

const numRuns = Number(process.env.ORDER_RUNS ?? 30);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 0x100000000)) | 0;

it(`gives each article the output it has alone, in ${numRuns} shuffled corpora, in every threading mode`, () => {
  process.stderr.write(`fuzz (order): ${numRuns} corpora, seed ${seed} (replay: FUZZ_SEED=${seed} npm run fuzz)\n`);
  fc.assert(fc.property(mixedCorpus(40), (records) => {
    const reference = alone(records);
    for (const { mode, articles } of together(records)) {
      expect([...articles.keys()], mode).toEqual(records.map((r) => r.id));
      for (const [id, article] of articles) expect(article, `${mode}: ${id}`).toBe(reference.get(id));
    }
  }), { numRuns, seed, endOnFailure: true });
});
