/**
 * `extract --with-text` carries each article's text, so that `show` and `--format html` draw an
 * earlier run's output again, as it was written and without analysing it again.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { cli, json, ROOT } from '../helpers/cli.js';

const SEED = 'seeds/xinhua-2023-04-13-qin-lavrov.txt';
const dir = mkdtempSync(join(tmpdir(), 'statements-rerender-'));

function ok(args: string[], input?: string): string {
  const result = cli(args, input, { COLUMNS: undefined });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('extract --with-text', () => {
  const extracted = ok(['extract', 'seeds/', '--with-text', '-f', 'jsonl']);
  const article = JSON.parse(extracted) as Article;

  it('carries the text as read, which every offset points into', () => {
    expect(article.text).toBe(readFileSync(join(ROOT, SEED), 'utf8'));
    const chars = [...article.text!];
    expect(article.statements).toHaveLength(14);
    for (const s of article.statements) expect(chars.slice(s.content.start, s.content.end).join('')).toBe(s.content.text);
  });

  it('leaves the text out without it', () => {
    expect(json(['extract', 'seeds/']).articles[0]).not.toHaveProperty('text');
  });

  it('piped into show, prints the same marked article as show on the text', () => {
    const shown = ok(['show', 'seeds/']);
    expect(shown).toContain('14 statements');
    expect(ok(['show'], extracted)).toBe(shown);
  });

  it('gives the same HTML report from the extracted file as from the text', () => {
    const file = join(dir, 'seed.jsonl');
    writeFileSync(file, extracted);
    expect(ok(['extract', file, '-f', 'html'])).toBe(ok(['extract', 'seeds/', '-f', 'html']));
  });

  it('read back by extract, gives the JSON of the first run (the text only with --with-text)', () => {
    expect(ok(['extract', '-f', 'json'], extracted)).toBe(ok(['extract', 'seeds/', '-f', 'json']));
    expect(ok(['extract', '-f', 'jsonl', '--with-text'], extracted)).toBe(extracted);
  });

  it('draws what the output says, without analysing the text again', () => {
    const edited = { ...article, statements: article.statements.map((s) => ({ ...s, speaker: { ...s.speaker, name: 'Quentin Marlowe' } })) };
    expect(ok(['show'], JSON.stringify(edited) + '\n')).toContain('[Quentin Marlowe: ');
  });

  it('is still read by speakers as before', () => {
    expect(ok(['speakers', '-f', 'json'], extracted)).toBe(ok(['speakers', 'seeds/', '-f', 'json']));
  });

  it('reads an extracted file and a text article in one run, in input order', () => {
    const file = join(dir, 'first.jsonl');
    writeFileSync(file, extracted);
    const other = join(dir, 'second.txt');
    writeFileSync(other, 'Mara Quill said the dam would hold.\n');
    expect(json(['extract', file, other]).articles.map((a) => a.id)).toEqual([article.id, 'second']);
  });
});

describe('output extracted without its text', () => {
  const extracted = ok(['extract', 'seeds/', '-f', 'jsonl']);

  it('cannot be drawn: show and html say how to extract it, and exit 2', () => {
    for (const args of [['show'], ['extract', '-f', 'html']]) {
      const result = cli(args, extracted);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe('statements: - (article xinhua-2023-04-13-qin-lavrov): extracted without its text, which this view is drawn on: extract with --with-text\n');
    }
  });

  it('is read back by the formats that need no text', () => {
    expect(JSON.parse(ok(['extract', '-f', 'json'], extracted)).articles[0].statements).toHaveLength(14);
  });
});
