/** --max-chars protects the machine: a larger article is reported and skipped, the others still output. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { runCli, withFiles } from './cli.js';

const news = 'Ilse Marrow said that the harbour plan would work.';
const ids = (stdout: string) => (JSON.parse(stdout) as { articles: Article[] }).articles.map((a) => a.id);

describe('--max-chars', () => {
  it('skips and reports a text file and a JSONL line longer than the limit, exit 1, and outputs the rest', () => {
    const files = {
      'a-small.txt': news,
      'b-large.txt': `${news} `.repeat(40),
      'c.jsonl': [JSON.stringify({ id: 'fits', text: news }), JSON.stringify({ id: 'too-long', text: 'x'.repeat(1001) })].join('\n'),
    };
    withFiles(files, (dir) => {
      const run = runCli(['extract', '--format', 'json', '--max-chars', '1000', dir]);
      expect(run.status).toBe(1);
      expect(ids(run.stdout)).toEqual(['a-small', 'fits']);
      expect(run.stderr).toMatch(/b-large\.txt: article larger than --max-chars 1000, skipped/);
      expect(run.stderr).toMatch(/c\.jsonl:2: article larger than --max-chars 1000, skipped/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  });

  it('counts characters as the limit says: an article of exactly --max-chars is processed', () => {
    withFiles({ 'exact.txt': news }, (dir) => {
      const run = runCli(['extract', '--format', 'json', '--max-chars', String(news.length), dir]);
      expect(run.status).toBe(0);
      expect(ids(run.stdout)).toEqual(['exact']);
    });
  });

  it('has a default of 10,000,000 characters, so a larger file is skipped without being analysed', () => {
    const large = 'x'.repeat(10_000_001);
    withFiles({ 'a.txt': news, 'huge.txt': large }, (dir) => {
      const run = runCli(['extract', '--format', 'json', dir]);
      expect(run.status).toBe(1);
      expect(ids(run.stdout)).toEqual(['a']);
      expect(run.stderr).toMatch(/huge\.txt: article larger than --max-chars 10000000, skipped/);
    });
  });

  it('skips standard input larger than the limit with exit 2, nothing else being there to process', () => {
    const run = runCli(['extract', '--format', 'json', '--max-chars', '100', '-'], 'y'.repeat(500));
    expect(run.status).toBe(2);
    expect(ids(run.stdout)).toEqual([]);
    expect(run.stderr).toMatch(/-: article larger than --max-chars 100, skipped/);
  });
});
