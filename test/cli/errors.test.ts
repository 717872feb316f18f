import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const ARTICLE = 'Anna Berg said the plan would work.\n';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'statements-'));
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owner said yes.\n', 'latin1'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '  \n\n');
  mkdirSync(join(dir, 'nothing-here'));
  return dir;
}

/** Each stderr line is one problem: "statements: SOURCE: MESSAGE". */
function problems(stderr: string): string[] {
  return stderr.trim().split('\n').filter(Boolean);
}

describe('bad inputs', () => {
  it('reports each bad file on one stderr line, still outputs the good one, and exits 1', () => {
    const dir = corpus();
    const result = cli(['extract', join(dir, 'good.txt'), dir, join(dir, 'missing.txt'), '--format', 'json']);
    expect(result.status).toBe(1);
    const ids = JSON.parse(result.stdout).articles.map((a: { id: string }) => a.id);
    expect(ids).toEqual(['good', 'good']);
    // good.txt is read twice, once named and once in its directory: its id comes again.
    const lines = problems(result.stderr).filter((line) => !line.endsWith('warning: id "good" was already used in this run'));
    expect(problems(result.stderr)).toHaveLength(6);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^statements: \S+: \S/);
    expect(result.stderr).toMatch(/binary\.txt: binary file/);
    expect(result.stderr).toMatch(/latin1\.txt: invalid UTF-8 at byte 3/);
    expect(result.stderr).toMatch(/empty\.txt: empty article/);
    expect(result.stderr).toMatch(/blank\.md: empty article/);
    expect(result.stderr).toMatch(/missing\.txt: no such file or directory/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when nothing could be processed', () => {
    const result = cli(['extract', 'no/such/file.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('statements: no/such/file.txt: no such file or directory\n');
  });

  it('reports a directory without articles', () => {
    const dir = corpus();
    const result = cli(['extract', join(dir, 'nothing-here')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nothing-here: directory has no \.txt, \.md, \.jsonl files/);
  });

  it('reports a malformed JSONL line with its line number and keeps the others', () => {
    const lines = [JSON.stringify({ id: 'a', text: ARTICLE }), '{"id": "b", "text": ', '[1,2]', JSON.stringify({ id: 'c' }), '', JSON.stringify({ id: 'd', text: ARTICLE })];
    const result = cli(['extract', '--format', 'jsonl', '--input-format', 'jsonl', '-'], lines.join('\n'));
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
    expect(problems(result.stderr)).toEqual([
      expect.stringMatching(/^statements: -:2: malformed JSON line/),
      'statements: -:3: expected a JSON object per line, found an array',
      'statements: -:4: expected a string field "text" (see --text-field), found none',
    ]);
  });

  it('skips an article over --max-chars and reports it', () => {
    const long = 'Word '.repeat(100) + '\n';
    const result = cli(['extract', '--max-chars', '100', '--format', 'jsonl', '--input-format', 'jsonl', '-'],
      [JSON.stringify({ id: 'short', text: ARTICLE }), JSON.stringify({ id: 'long', text: long })].join('\n'));
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['short']);
    expect(result.stderr).toBe('statements: -:2: article larger than --max-chars 100, skipped\n');
  });

  it('is a usage error (exit 2) to give an unknown format, an unknown command or a bad number', () => {
    expect(cli(['extract', '--format', 'xml', 'seeds']).status).toBe(2);
    expect(cli(['summarize', 'seeds']).status).toBe(2);
    const bad = cli(['extract', '--max-chars', 'lots', 'seeds']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-chars expects a positive integer, found "lots"/);
  });

  it('says what was wrong with the command line in one line, with where to read more, not the whole help', () => {
    const cases: [string[], string][] = [
      [['extract', '--bogus', 'seeds'], "statements: unknown option '--bogus' (see statements extract --help)\n"],
      [['extract', '--format', 'xml', 'seeds'], "statements: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are table, json, jsonl, csv, tsv, html. (see statements extract --help)\n"],
      [['eval', 'seeds'], "statements: required option '--gold <dir>' not specified (see statements eval --help)\n"],
      [['summarize'], "statements: unknown command 'summarize' (see statements --help)\n"],
      [['entities', '--jobs', 'two', 'seeds'], 'statements: --jobs expects a positive integer, found "two" (see statements entities --help)\n'],
      // The HTML report marks statements and entities: it has no view of tokens.
      [['tokens', '-f', 'html', 'seeds'], "statements: option '-f, --format <format>' argument 'html' is invalid. Allowed choices are table, json, jsonl, csv, tsv. (see statements tokens --help)\n"],
    ];
    for (const [args, stderr] of cases) {
      const run = cli(args);
      expect(run.stderr, args.join(' ')).toBe(stderr);
      expect(run.stdout).toBe('');
      expect(run.status).toBe(2);
    }
  });

  it('shows help on --help with exit 0', () => {
    const result = cli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/extract .*statements and entities/);
  });
});
