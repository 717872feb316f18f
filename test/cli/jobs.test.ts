import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEACHERS } from '../robust/orderIndependence.js';
import { inventedArticle, inventedJsonl, runCli } from './inventedCorpus.js';

let dir: string;
let jsonl: string;
let texts: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statements-jobs-'));
  jsonl = join(dir, 'corpus.jsonl');
  writeFileSync(jsonl, inventedJsonl(400).join('\n') + '\n');
  texts = join(dir, 'texts');
  mkdirSync(texts);
  for (let n = 0; n < 240; n++) writeFileSync(join(texts, `story-${String(n).padStart(3, '0')}.txt`), inventedArticle(n));
  writeFileSync(join(texts, 'story-050b.txt'), Buffer.from([0x41, 0xff, 0xfe, 0x42])); // not UTF-8
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withoutWorkerLine = (stderr: string) => stderr.split('\n').filter((line) => !/worker thread/.test(line)).join('\n');

describe('--jobs', () => {
  it('writes JSONL byte for byte as --jobs 1 does, problems in the same order, same exit code', () => {
    const one = runCli(['extract', '-f', 'jsonl', '--jobs', '1', '--debug', jsonl]);
    const two = runCli(['extract', '-f', 'jsonl', '--jobs', '2', '--debug', jsonl]);
    const three = runCli(['extract', '-f', 'jsonl', '--jobs', '3', '--debug', jsonl]);
    // Over 256 KB even --jobs 1 analyses in a worker, which can be stopped (--article-timeout).
    expect(one.stderr).toMatch(/statements: 1 worker thread\n/);
    expect(two.stderr).toMatch(/statements: 2 worker threads/);
    expect(three.stderr).toMatch(/statements: 3 worker threads/);
    expect(one.stdout.split('\n').filter(Boolean)).toHaveLength(400);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    const problems = withoutWorkerLine(one.stderr).split('\n').filter(Boolean);
    expect(problems).toHaveLength(4 + 4 + 4);
    expect(problems[0]).toMatch(/corpus\.jsonl:14: malformed JSON/);
    expect(withoutWorkerLine(two.stderr)).toBe(withoutWorkerLine(one.stderr));
    expect(withoutWorkerLine(three.stderr)).toBe(withoutWorkerLine(one.stderr));
    expect([one.status, two.status, three.status]).toEqual([1, 1, 1]);
  });

  it('writes a directory as one JSON document, identical with and without workers', () => {
    const one = runCli(['extract', '-f', 'json', '--jobs', '1', texts]);
    const two = runCli(['extract', '-f', 'json', '--jobs', '2', '--debug', texts]);
    expect(two.stderr).toMatch(/2 worker threads/);
    expect(two.stdout).toBe(one.stdout);
    const parsed = JSON.parse(one.stdout) as { articles: { id: string }[] };
    expect(parsed.articles.map((a) => a.id).slice(49, 52)).toEqual(['story-049', 'story-050', 'story-051']);
    expect(parsed.articles).toHaveLength(240);
    expect(one.stderr).toMatch(/story-050b\.txt: invalid UTF-8/);
    expect(one.status).toBe(1);
  });

  it('filters (--kind) the same way with workers, which then send whole articles to be filtered', () => {
    const one = runCli(['extract', '-f', 'jsonl', '--kind', 'direct', '--jobs', '1', texts]);
    const two = runCli(['extract', '-f', 'jsonl', '--kind', 'direct', '--jobs', '2', '--debug', texts]);
    expect(two.stderr).toMatch(/2 worker threads/);
    const kinds = new Set(one.stdout.split('\n').filter(Boolean).flatMap((line) => (JSON.parse(line) as { statements: { kind: string }[] }).statements.map((s) => s.kind)));
    expect([...kinds]).toEqual(['direct']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes the HTML report, which lays the analysis on the text, identically with workers', () => {
    const one = runCli(['extract', '-f', 'html', '--jobs', '1', texts]);
    const two = runCli(['extract', '-f', 'html', '--jobs', '2', '--debug', texts]);
    expect(two.stderr).toMatch(/2 worker threads/);
    expect(one.stdout).toMatch(/Harbour Council/);
    expect(two.stdout).toBe(one.stdout);
  });

  it('runs a single small article without starting workers', () => {
    const single = runCli(['extract', '-f', 'json', '--jobs', '4', '--debug', join(texts, 'story-007.txt')]);
    expect(single.status).toBe(0);
    expect(single.stderr).toMatch(/no worker threads/);
  });

  it('prints no progress when stderr is not a terminal', () => {
    const run = runCli(['extract', '-f', 'jsonl', '--jobs', '2', texts]);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/story-050b\.txt: invalid UTF-8/)]);
  });

  it('rejects a --jobs that is not a positive integer', () => {
    const run = runCli(['extract', '--jobs', '0', texts]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--jobs expects a positive integer, found "0"/);
  });

  it('writes the same bytes with --jobs 1 and 2 on a corpus whose articles changed the ones after them', () => {
    // Each teacher, then the article it used to change, 150 times over: "'We will win,' Ann Veld said." lost its quote.
    const lines = Array.from({ length: 150 }, (_, round) => TEACHERS.map((text, i) => JSON.stringify({ id: `r${round}-${i}`, text }))).flat();
    const input = lines.join('\n') + '\n';
    const one = runCli(['extract', '-f', 'jsonl', '--jobs', '1', '--debug', '-'], input);
    const two = runCli(['extract', '-f', 'jsonl', '--jobs', '2', '--debug', '-'], input);
    expect(one.stderr).toMatch(/1 worker thread\n/);
    expect(two.stderr).toMatch(/2 worker threads/);
    expect(two.stdout).toBe(one.stdout);
    const won = one.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; statements: { kind: string; content: { text: string } }[] })
      .filter((a) => a.id.endsWith('-1'));
    expect(won).toHaveLength(150);
    for (const a of won) expect(a.statements.map((st) => [st.kind, st.content.text])).toEqual([['direct', 'We will win,']]);
  });
});
