import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alone, mixedCorpus, together } from './orderIndependence.js';

/** A case starts the CLI once per article and three times more (about ten processes): one corpus here, many in `npm run fuzz`. */
const numRuns = Number(process.env.CLI_PROPERTY_RUNS ?? 1);

describe('an article is analysed the same whatever was read before it', () => {
  it('gives each article of a shuffled mixed corpus the output it has alone, in the main thread and with --jobs 1 and 2', () => {
    fc.assert(fc.property(mixedCorpus(3), (records) => {
      const reference = alone(records);
      for (const { mode, articles } of together(records)) {
        expect([...articles.keys()], mode).toEqual(records.map((r) => r.id));
        for (const [id, article] of articles) expect(article, `${mode}: ${id}`).toBe(reference.get(id));
      }
    }), { numRuns });
  });
});
