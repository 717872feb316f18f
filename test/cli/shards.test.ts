/**
 * Running over a cluster means splitting a corpus into shards, running each on its own and
 * concatenating the outputs: that has to give exactly the output of one run over the whole.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedArticle, inventedJsonl, runCli } from './inventedCorpus.js';

const SHARDS = 3;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'statements-shards-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cuts a list into `count` consecutive runs of nearly equal length. */
function shard<T>(items: T[], count: number): T[][] {
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

describe('sharded runs', () => {
  it('JSONL shard files: the outputs concatenated are the output of one run over all shards', () => {
    const shardDir = join(dir, 'jsonl');
    mkdirSync(shardDir);
    shard(inventedJsonl(120), SHARDS).forEach((lines, i) => writeFileSync(join(shardDir, `part-${i}.jsonl`), lines.join('\n') + '\n'));
    const whole = runCli(['extract', '-f', 'jsonl', shardDir]);
    const parts = readdirSync(shardDir).sort().map((name) => runCli(['extract', '-f', 'jsonl', '--jobs', '1', join(shardDir, name)]));
    expect(whole.stdout.split('\n').filter(Boolean)).toHaveLength(120);
    expect(parts.map((p) => p.stdout).join('')).toBe(whole.stdout);
    expect(parts.map((p) => p.stderr).join('')).toBe(whole.stderr);
  });

  it('a directory of text files sharded by file: concatenated outputs equal one run', () => {
    const textDir = join(dir, 'texts');
    mkdirSync(textDir);
    for (let n = 0; n < 45; n++) writeFileSync(join(textDir, `story-${String(n).padStart(2, '0')}.txt`), inventedArticle(n));
    const files = readdirSync(textDir).sort().map((name) => join(textDir, name));
    const whole = runCli(['extract', '-f', 'jsonl', textDir]);
    const parts = shard(files, SHARDS).map((paths) => runCli(['extract', '-f', 'jsonl', ...paths]));
    expect(whole.stdout.split('\n').filter(Boolean)).toHaveLength(45);
    expect(parts.map((p) => p.stdout).join('')).toBe(whole.stdout);
  });

  it('stdin as a stream filter (GNU parallel --pipe): the same articles, with sources that count lines per shard', () => {
    const lines = inventedJsonl(60, false);
    const whole = runCli(['extract', '-f', 'jsonl', '-'], lines.join('\n') + '\n');
    const chunks = shard(lines, SHARDS);
    const parts = chunks.map((chunk) => runCli(['extract', '-f', 'jsonl', '-'], chunk.join('\n') + '\n'));
    const wholeArticles = whole.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { source: string });
    const shardArticles = parts.flatMap((p) => p.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { source: string }));
    expect(shardArticles).toHaveLength(60);
    const expectedSources = chunks.flatMap((chunk) => chunk.map((_, i) => `-:${i + 1}`));
    expect(shardArticles.map((a) => a.source)).toEqual(expectedSources);
    const withoutSource = ({ source, ...rest }: { source: string }) => rest;
    expect(shardArticles.map(withoutSource)).toEqual(wholeArticles.map(withoutSource));
  });
});
