import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, json } from '../helpers/cli.js';

const ARTICLE = 'Anna Berg said the plan would work.\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'statements-'));
}

describe('inputs', () => {
  it('walks a directory for .txt, .md and .jsonl files, sorted, skipping others and hidden ones', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    writeFileSync(join(dir, 'a.md'), ARTICLE);
    writeFileSync(join(dir, 'sub', 'c.txt'), ARTICLE);
    writeFileSync(join(dir, 'notes.pdf'), ARTICLE);
    writeFileSync(join(dir, '.hidden', 'd.txt'), ARTICLE);
    writeFileSync(join(dir, 'corpus.jsonl'), JSON.stringify({ id: 'j1', text: ARTICLE }) + '\n');
    const ids = json(['extract', dir]).articles.map((a) => a.id);
    expect(ids).toEqual(['a', 'b', 'j1', 'c']);
  });

  it('reads standard input, as "-" and when piped with no INPUT', () => {
    for (const args of [['extract', '-'], ['extract']]) {
      const [article] = json(args, ARTICLE).articles;
      expect(article.id).toBe('stdin');
      expect(article.source).toBe('-');
      expect(article.stats.characters).toBe(ARTICLE.length);
    }
  });

  it('reads JSONL with --text-field and --id-field, carrying the other fields into meta', () => {
    const line = JSON.stringify({ doc: 'n-17', body: ARTICLE, outlet: 'Daily Example', year: 2024 });
    const [article] = json(['extract', '-', '--input-format', 'jsonl', '--text-field', 'body', '--id-field', 'doc'], line).articles;
    expect(article.id).toBe('n-17');
    expect(article.source).toBe('-:1');
    expect(article.meta).toMatchObject({ outlet: 'Daily Example', year: 2024 });
    expect(article.meta).not.toHaveProperty('body');
  });

  it('takes piped JSONL for JSONL without being told', () => {
    const lines = [{ id: 'x', text: ARTICLE }, { id: 'y', text: ARTICLE }].map((o) => JSON.stringify(o)).join('\n');
    expect(json(['extract'], lines).articles.map((a) => a.id)).toEqual(['x', 'y']);
  });

  it('drops a UTF-8 byte order mark and keeps offsets on the text after it', () => {
    const [article] = json(['entities', '-'], '\uFEFF' + ARTICLE).articles;
    expect(article.stats.characters).toBe(ARTICLE.length);
    const mention = article.entities[0].mentions[0];
    expect(ARTICLE.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('keeps CRLF text as it is, with offsets into it', () => {
    const text = 'First line here.\r\n\r\nMaria Lopez said the vote was fair.\r\n';
    const [article] = json(['extract', '-'], text).articles;
    expect(article.stats.characters).toBe(text.length);
    for (const s of article.statements) expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
    for (const e of article.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
