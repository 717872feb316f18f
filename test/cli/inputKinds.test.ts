/** Inputs as researchers have them: compressed, as JSON arrays, in UTF-16, scraped as HTML, behind links, or not files at all. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const ARTICLE = 'Ann Veld said the plan was ready.\n';
let dir: string;

beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'statements-kinds-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

type Out = { id: string; source: string; stats: { characters: number }; statements: { speaker: { name: string }; content: { text: string; start: number; end: number } }[] };
const articles = (stdout: string): Out[] => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Out);
const extract = (...args: string[]) => cli(['extract', '-f', 'jsonl', ...args]);

describe('compressed and JSON inputs', () => {
  it('reads .txt.gz and .jsonl.gz through zlib, named as they are', () => {
    const text = file('story.txt.gz', gzipSync(ARTICLE));
    const lines = file('corpus.jsonl.gz', gzipSync(JSON.stringify({ id: 'j1', text: ARTICLE }) + '\n'));
    const run = extract(text, lines);
    expect(run.stderr).toBe('');
    expect(articles(run.stdout).map((a) => [a.id, a.source, a.statements[0]?.content.text])).toEqual([
      ['story', text, 'the plan was ready'], ['j1', `${lines}:1`, 'the plan was ready'],
    ]);
  });

  it('says so when a .gz file is not gzip', () => {
    const run = extract(file('broken.txt.gz', ARTICLE));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^statements: \S+broken\.txt\.gz: not a complete gzip file/);
  });

  it('reads a JSON array of articles as articles, each with its place in the array', () => {
    const path = file('batch.json', JSON.stringify([{ id: 'x1', text: ARTICLE, outlet: 'Gazette' }, { text: 'Tom Ray said the road was closed.' }, { id: 'x3' }]));
    const run = extract(path);
    expect(articles(run.stdout).map((a) => [a.id, a.source])).toEqual([['x1', `${path}:1`], ['batch:2', `${path}:2`]]);
    expect(run.stderr).toBe(`statements: ${path}:3: expected a string field "text" (see --text-field), found none\n`);
    expect(run.status).toBe(1);
  });

  it('names our own output, pretty-printed (not as written, which it draws again), given back to extract', () => {
    const written = JSON.parse(cli(['extract', '-f', 'json', file('one.txt', ARTICLE)]).stdout);
    const path = file('out.json', JSON.stringify(written, null, 2));
    const run = extract(path);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`statements: ${path}: this is statements output, not articles (\`statements speakers\` and \`network\` read it)\n`);
  });
});

describe('encodings and markup', () => {
  it('decodes UTF-16 with a byte order mark, little- and big-endian, offsets in the decoded text', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const run = extract(file('le.txt', le), file('be.txt', be));
    expect(run.stderr).toBe('');
    const [a, b] = articles(run.stdout);
    expect(a.stats.characters).toBe(ARTICLE.length);
    expect(b).toEqual({ ...a, id: 'be', source: a.source.replace('le.txt', 'be.txt') });
    expect(ARTICLE.slice(a.statements[0].content.start, a.statements[0].content.end)).toBe('the plan was ready');
  });

  it('keeps a byte order mark inside a JSONL text, so offsets count in the string as given', () => {
    const text = '\uFEFFAnn Veld said the plan was ready.';
    const [article] = articles(cli(['extract', '-f', 'jsonl', '--input-format', 'jsonl', '-'], JSON.stringify({ id: 'b', text })).stdout);
    expect(article.stats.characters).toBe([...text].length);
    const { start, end } = article.statements[0].content;
    expect([...text].slice(start, end).join('')).toBe('the plan was ready');
  });

  it('refuses an HTML page, on one line, and goes on with the rest', () => {
    const page = file('page.txt', '<!DOCTYPE html>\n<html><body><p>Ann Veld said yes.</p></body></html>\n');
    const run = extract(page, file('plain.txt', ARTICLE));
    expect(run.stderr).toBe(`statements: ${page}: an HTML page, not analysed: extract its text first (for example \`pandoc -t plain\`)\n`);
    expect(articles(run.stdout).map((a) => a.id)).toEqual(['plain']);
    expect(run.status).toBe(1);
  });
});

describe('what is read from a directory, and how much', () => {
  it('walks a symlinked directory, given or inside, each directory once, and skips a FIFO', () => {
    const root = join(dir, 'walk');
    mkdirSync(join(root, 'real'), { recursive: true });
    writeFileSync(join(root, 'real', 'a.txt'), ARTICLE);
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere', 'b.txt'), 'Tom Ray said the road was closed.\n');
    symlinkSync(join(dir, 'elsewhere'), join(root, 'linked'));
    symlinkSync(root, join(root, 'real', 'loop'));
    execFileSync('mkfifo', [join(root, 'real', 'pipe.txt')]);
    symlinkSync(root, join(dir, 'walk-link'));
    const run = extract(join(dir, 'walk-link'));
    expect(run.stderr).toBe('');
    expect(articles(run.stdout).map((a) => a.source.slice(dir.length + 1))).toEqual(['walk-link/linked/b.txt', 'walk-link/real/a.txt']);
  });

  it('applies --max-chars while reading a pipe that never ends, and stops at the first bytes of a binary device', () => {
    const fifo = join(dir, 'endless.txt');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes 'Ann Veld said the plan was ready.' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const run = cli(['extract', '-f', 'jsonl', '--max-chars', '100000', fifo, '/dev/zero', file('ok.txt', ARTICLE)]);
      expect(run.stderr).toBe(`statements: ${fifo}: article larger than --max-chars 100000, skipped\nstatements: /dev/zero: binary file (contains NUL bytes), expected UTF-8 text\n`);
      expect(articles(run.stdout).map((a) => a.id)).toEqual(['ok']);
    } finally {
      writer.kill();
    }
  });
});

describe('ids', () => {
  it('warns of an id used twice, and --quiet silences it', () => {
    const input = [{ id: 'a', text: ARTICLE }, { id: 'b', text: ARTICLE }, { id: 'a', text: ARTICLE }].map((r) => JSON.stringify(r)).join('\n');
    const run = cli(['extract', '-f', 'jsonl', '--input-format', 'jsonl', '-'], input);
    expect(run.stderr).toBe('statements: -:3: warning: id "a" was already used in this run\n');
    expect(articles(run.stdout)).toHaveLength(3);
    expect(run.status).toBe(0);
    expect(cli(['extract', '-f', 'jsonl', '--quiet', '--input-format', 'jsonl', '-'], input).stderr).toBe('');
  });

  it('makes an id that is not a string (or a whole number read exactly) an error on its line', () => {
    const lines = [`{"id": 7, "text": "${ARTICLE.trim()}"}`, `{"id": 1.5, "text": "x y"}`, `{"id": 12345678901234567890, "text": "x y"}`, `{"id": {"n": 1}, "text": "x y"}`];
    const run = cli(['extract', '-f', 'jsonl', '--input-format', 'jsonl', '-'], lines.join('\n'));
    expect(articles(run.stdout).map((a) => a.id)).toEqual(['7']);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'statements: -:2: expected the id field "id" (see --id-field) to be a string, found the number 1.5 (only whole numbers up to 2^53 are read exactly: write ids as strings)',
      'statements: -:3: expected the id field "id" (see --id-field) to be a string, found the number 12345678901234567000 (only whole numbers up to 2^53 are read exactly: write ids as strings)',
      'statements: -:4: expected the id field "id" (see --id-field) to be a string, found object',
    ]);
    expect(run.status).toBe(1);
  });
});
