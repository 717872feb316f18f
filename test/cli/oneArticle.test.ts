/** One article must not cost the run: too slow, too large for memory, or a run-on text. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statements-one-'));
  writeFileSync(join(dir, 'a.txt'), 'Ann Veld said the plan was ready.\n');
  writeFileSync(join(dir, 'c.txt'), 'Tom Ray said the road was closed.\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = (stdout: string) => stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id);

describe('an article that takes too long', () => {
  // 3.8 MB of run-on text: several seconds of analysis, against a limit of half a second; the others take milliseconds.
  beforeAll(() => writeFileSync(join(dir, 'b.txt'), 'Ann Veld said that '.repeat(200_000)));
  afterAll(() => rmSync(join(dir, 'b.txt')));

  it.each(['1', '2'])('is reported on one line and the run goes on, with --jobs %s', (jobs) => {
    const run = cli(['extract', '-f', 'jsonl', '--jobs', jobs, '--article-timeout', '0.5', dir]);
    expect(run.stderr).toBe(`statements: ${join(dir, 'b.txt')}: analysis took longer than --article-timeout 0.5 s, stopped\n`);
    expect(ids(run.stdout)).toEqual(['a', 'c']);
    expect(run.status).toBe(1);
  });

  it('rejects a time limit that is not a positive number', () => {
    const run = cli(['extract', '--article-timeout', 'soon', join(dir, 'a.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^statements: --article-timeout expects a positive number, found "soon"/);
  });
});

describe('an article too large for memory', () => {
  // Every token of 1.2 MB of "a. a. a." with --tokens needs more than a heap of 120 MB.
  beforeAll(() => writeFileSync(join(dir, 'b.txt'), 'a. '.repeat(400_000)));
  afterAll(() => rmSync(join(dir, 'b.txt')));

  it('costs only that article with --jobs 1, which analyses a large input in a worker', () => {
    const run = cli(['extract', '-f', 'jsonl', '--tokens', '--jobs', '1', dir], undefined, { NODE_OPTIONS: '--max-old-space-size=120' });
    expect(run.stderr).toBe(`statements: ${join(dir, 'b.txt')}: ran out of memory analysing this article (1,200,000 characters), skipped\n`);
    expect(ids(run.stdout)).toEqual(['a', 'c']);
    expect(run.status).toBe(1);
  });
});

describe('a run-on text without full stops', () => {
  it('is read in sentences of at most 512 tokens, each with its statements', () => {
    const text = 'Ann Veld said that '.repeat(2_000);
    const run = cli(['extract', '-f', 'json', '--tokens', '-'], text);
    expect(run.status).toBe(0);
    const [article] = JSON.parse(run.stdout).articles as { stats: { sentences: number; tokens: number }; tokens: { sentence: number }[]; statements: unknown[] }[];
    expect(article.stats.tokens).toBe(8_000);
    const sizes = new Map<number, number>();
    for (const token of article.tokens) sizes.set(token.sentence, (sizes.get(token.sentence) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBe(512);
    expect(article.stats.sentences).toBe(Math.ceil(8_000 / 512));
    // Each cut sentence opens with a report of its own.
    expect(article.statements.length).toBeGreaterThanOrEqual(article.stats.sentences);
  });
});
