/**
 * The library as a program uses it, from the build (worker threads run dist/parallel/worker.js):
 * analyze() gives the article of `statements extract --format json`, analyzeAll() the same
 * articles in input order from worker threads, and bad input is a StatementsError or a problem.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, StatementsError, type ArticleText, type Problem } from '../../dist/index.js';
import { json, ROOT } from '../helpers/cli.js';

const SEED = 'seeds/xinhua-2023-04-13-qin-lavrov.txt';
const seedText = readFileSync(join(ROOT, SEED), 'utf8');
const GUM = 'test/gold/gum-news/texts';
const gum: ArticleText[] = readdirSync(join(ROOT, GUM)).sort().map((name) => ({ id: name, text: readFileSync(join(ROOT, GUM, name), 'utf8') }));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('createAnalyzer', async () => {
  const analyzer = await createAnalyzer();

  it('analyze gives the article the command line prints', () => {
    const fromCli = json(['extract', SEED]).articles[0];
    const article = analyzer.analyze({ id: fromCli.id, source: SEED, text: seedText });
    expect(article.statements).toHaveLength(14);
    expect(article).toEqual(fromCli);
  });

  it('takes the source from the id when none is given, and adds meta to what the text says', () => {
    const article = analyzer.analyze({ id: 'n1', text: 'Mara Quill said the dam would hold.\n', meta: { outlet: 'Harbour Post' } });
    expect(article.source).toBe('n1');
    expect(article.meta).toEqual({ outlet: 'Harbour Post' });
    expect(article.statements.map((s) => s.speaker.name)).toEqual(['Mara Quill']);
  });

  it('analyzeAll in two worker threads yields the articles of analyze, in input order', async () => {
    const one = gum.map((input) => analyzer.analyze(input));
    const all = await collect(analyzer.analyzeAll(gum, { jobs: 2 }));
    expect(all.map((a) => a.id)).toEqual(gum.map((a) => a.id));
    expect(all).toEqual(one);
  });

  it('analyzeAll reads an async source, in this thread by default', async () => {
    async function* source() {
      yield* gum.slice(0, 3);
    }
    expect((await collect(analyzer.analyzeAll(source()))).map((a) => a.id)).toEqual(gum.slice(0, 3).map((a) => a.id));
  });

  it('analyze throws a StatementsError naming what it expected and what it found', () => {
    const bad = { id: 'x', text: 42 } as unknown as ArticleText;
    expect(() => analyzer.analyze(bad)).toThrow(StatementsError);
    expect(() => analyzer.analyze(bad)).toThrow('statements: analyze: expected { id: string, text: string }, found text of type number');
  });

  it('analyzeAll ends at a bad input after the articles before it, or reports it and goes on', async () => {
    const inputs = [gum[0], { id: 'x' } as unknown as ArticleText, gum[1]];
    const seen: string[] = [];
    await expect(async () => {
      for await (const article of analyzer.analyzeAll(inputs, { jobs: 2 })) seen.push(article.id);
    }).rejects.toThrow('statements: analyzeAll: article 2: expected { id: string, text: string }, found text missing');
    expect(seen).toEqual([gum[0].id]);
    const problems: Problem[] = [];
    const all = await collect(analyzer.analyzeAll(inputs, { onProblem: (p) => problems.push(p) }));
    expect(all.map((a) => a.id)).toEqual([gum[0].id, gum[1].id]);
    expect(problems.map((p) => p.source)).toEqual(['analyzeAll: article 2']);
  });

  it('refuses a number of jobs that is not a positive integer', async () => {
    await expect(collect(analyzer.analyzeAll(gum, { jobs: 0 }))).rejects.toThrow('statements: analyzeAll: jobs expects a positive integer, found 0');
  });

  it('adds the text and the tokens when asked, in this thread and in workers', async () => {
    const full = await createAnalyzer({ withText: true, tokens: true });
    const [inThread] = await collect(full.analyzeAll([gum[0]]));
    const [inWorker] = await collect(full.analyzeAll([gum[0], gum[1]], { jobs: 2 }));
    for (const article of [full.analyze(gum[0]), inThread, inWorker]) {
      expect(article.text).toBe(gum[0].text);
      expect(article.tokens!.length).toBe(article.stats.tokens);
    }
    expect(analyzer.analyze(gum[0])).not.toHaveProperty('text');
  });
});

it('importing the package loads no model', () => {
  const script = `
    import { createRequire } from 'node:module';
    const api = await import('./dist/index.js');
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((p) => /wink/.test(p));
    console.log(JSON.stringify({ schema: api.outputSchema.title, loaded }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ schema: 'statements output', loaded: [] });
});
