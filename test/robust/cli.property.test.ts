/**
 * The same promises through the built CLI (`node bin/statements.js`), with inputs read from
 * text files and JSONL as a user has them. Each run starts a process, so runs are few.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';
import type { Article } from '../../src/types.js';
import { articleText, newsSentence } from './arbitraries.js';
import { corpusOf, runCli, withFiles, type Corpus } from './cli.js';
import { boundViolations, contentViolations, referenceViolations, sliceViolations } from './invariants.js';
import { expectedCsvRows, parseCsv, schemaValidator } from './render.js';

/** Each run starts the CLI (about half a second): 3 runs for the main promise, 2 for the others. */
const numRuns = Number(process.env.CLI_PROPERTY_RUNS ?? 3);
const fewerRuns = Math.max(1, numRuns - 1);

/** One news article that is never blank, then a few generated texts, each a text file or a JSONL line. */
const corpus = fc.tuple(newsSentence, fc.array(fc.tuple(articleText, fc.boolean()), { maxLength: 3 }))
  .map(([first, rest]) => corpusOf([first, ...rest.map(([text]) => text)], [false, ...rest.map(([, jsonl]) => jsonl)]));

function extract(c: Corpus, format: string) {
  return withFiles(c.files, (dir) => runCli(['extract', '--format', format, dir]));
}

describe('the CLI on generated inputs', () => {
  let validate: (value: unknown) => string[];
  beforeAll(() => {
    const schema = runCli(['schema']);
    expect(schema.status).toBe(0);
    validate = schemaValidator(JSON.parse(schema.stdout));
  });

  it('outputs every non-blank input with spans that slice its text, and reports each blank one (exit 1)', () => {
    fc.assert(fc.property(corpus, (c) => {
      const run = extract(c, 'json');
      expect(run.status).toBe(c.blank.length ? 1 : 0);
      expect(run.stderr.split('empty article (no text)').length - 1).toBe(c.blank.length);
      const articles = (JSON.parse(run.stdout) as { articles: Article[] }).articles;
      expect(articles.map((a) => a.id).sort()).toEqual([...c.texts.keys()].sort());
      for (const article of articles) {
        const text = c.texts.get(article.id)!;
        expect([...sliceViolations(article, text), ...boundViolations(article), ...contentViolations(article), ...referenceViolations(article)]).toEqual([]);
        expect(article.stats.characters).toBe([...text].length);
      }
    }), { numRuns });
  });

  it('prints the same bytes when run twice on the same inputs', () => {
    fc.assert(fc.property(corpus, fc.constantFrom('json', 'jsonl', 'csv', 'tsv', 'table'), (c, format) => {
      withFiles(c.files, (dir) => {
        const first = runCli(['extract', '--format', format, dir]);
        expect(first.stdout.length).toBeGreaterThan(0);
        expect(runCli(['extract', '--format', format, dir]).stdout).toBe(first.stdout);
      });
    }), { numRuns: fewerRuns });
  });

  it('prints JSON that validates against `statements schema`', () => {
    fc.assert(fc.property(corpus, (c) => {
      expect(validate(JSON.parse(extract(c, 'json').stdout))).toEqual([]);
    }), { numRuns: fewerRuns });
  });

  it('prints CSV that a CSV parser reads back as one row per statement, field for field', () => {
    fc.assert(fc.property(corpus, (c) => {
      const ids = [...c.texts.keys()].sort();
      const articles = ids.map((id) => analyzeArticle({ id, source: id, text: c.texts.get(id)!, meta: {} }));
      const [header, ...rows] = parseCsv(extract(c, 'csv').stdout);
      expect(header).toContain('content_start');
      expect(rows).toHaveLength(articles.reduce((n, a) => n + a.statements.length, 0));
      expect(rows).toEqual(expectedCsvRows(articles));
    }), { numRuns: fewerRuns });
  });
});
