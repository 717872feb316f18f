/**
 * The pipeline's promises, checked on generated articles (news-like, hostile, long).
 * Runs are few here to keep `npm test` fast; `npm run fuzz` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';
import { outputSchema } from '../../src/schema.js';
import { articleText } from './arbitraries.js';
import { boundViolations, contentViolations, referenceViolations, shapeViolations, sliceViolations } from './invariants.js';
import { expectedCsvRows, parseCsv, renderCsv, renderJson, schemaValidator } from './render.js';

const numRuns = Number(process.env.PROPERTY_RUNS ?? 60);
const analyze = (text: string, id = 'a1') => analyzeArticle({ id, source: `${id}.txt`, text, meta: {} }, { tokens: true });

describe('the pipeline on generated articles', () => {
  it('never throws, and returns the article it was given with its length in code points', () => {
    fc.assert(fc.property(articleText, (text) => {
      expect(shapeViolations(analyze(text, 'x'), { id: 'x', text })).toEqual([]);
    }), { numRuns });
  });

  it('gives every span a text equal to the code-point slice [start, end) of the input', () => {
    fc.assert(fc.property(articleText, (text) => {
      expect(sliceViolations(analyze(text), text)).toEqual([]);
    }), { numRuns });
  });

  it('keeps every span inside the article with start <= end', () => {
    fc.assert(fc.property(articleText, (text) => {
      expect(boundViolations(analyze(text))).toEqual([]);
    }), { numRuns });
  });

  it('keeps a statement\'s cue and speaker mention out of its content', () => {
    fc.assert(fc.property(articleText, (text) => {
      expect(contentViolations(analyze(text))).toEqual([]);
    }), { numRuns });
  });

  it('names only entities of the same article in speaker.entity and about', () => {
    fc.assert(fc.property(articleText, (text) => {
      expect(referenceViolations(analyze(text))).toEqual([]);
    }), { numRuns });
  });

  it('gives the same bytes for the same input, whatever was analysed before', () => {
    fc.assert(fc.property(articleText, articleText, (text, other) => {
      const first = JSON.stringify(analyze(text));
      analyze(other);
      expect(JSON.stringify(analyze(text))).toBe(first);
    }), { numRuns: Math.ceil(numRuns / 2) });
  });

  it('renders JSON that validates against the output schema', () => {
    const validate = schemaValidator(outputSchema);
    fc.assert(fc.property(fc.array(articleText, { minLength: 1, maxLength: 3 }), (texts) => {
      const json = renderJson(texts.map((text, i) => analyze(text, `a${i}`)));
      expect(validate(JSON.parse(json))).toEqual([]);
    }), { numRuns: Math.ceil(numRuns / 2) });
  });

  it('renders CSV that a CSV parser reads back as one row per statement, field for field', () => {
    fc.assert(fc.property(fc.array(articleText, { minLength: 1, maxLength: 3 }), (texts) => {
      const articles = texts.map((text, i) => analyze(text, `a${i}`));
      const [header, ...rows] = parseCsv(renderCsv(articles));
      expect(header[0]).toBe('article');
      expect(rows).toEqual(expectedCsvRows(articles));
    }), { numRuns: Math.ceil(numRuns / 2) });
  });
});
