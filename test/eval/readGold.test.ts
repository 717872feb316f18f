import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFolder, corpusName, findGoldFiles, readGoldFile } from '../../src/io/readGold.js';

function corpora(): string {
  const root = mkdtempSync(join(tmpdir(), 'statements-gold-'));
  for (const corpus of ['news/wire', 'blogs']) {
    mkdirSync(join(root, corpus, 'gold'), { recursive: true });
    mkdirSync(join(root, corpus, 'texts'));
  }
  writeFileSync(join(root, 'news/wire/texts/a.txt'), 'Ida Brandt said no.\n');
  writeFileSync(join(root, 'news/wire/gold/a.gold.json'), JSON.stringify({ file: 'texts/a.txt', statements: [], entities: [] }));
  writeFileSync(join(root, 'blogs/gold/b.gold.json'), JSON.stringify({ id: 'b', file: 'texts/missing.txt' }));
  writeFileSync(join(root, 'blogs/gold/notes.json'), '{}');
  return root;
}

describe('readGold', () => {
  it('finds every *.gold.json under a directory, sorted', () => {
    const root = corpora();
    expect(findGoldFiles(root).map((p) => p.slice(root.length + 1))).toEqual(['blogs/gold/b.gold.json', 'news/wire/gold/a.gold.json']);
  });

  it('names a corpus by the folder holding gold/, relative to the --gold directory', () => {
    expect(corpusFolder('/x/news/wire/gold/a.gold.json')).toBe('/x/news/wire');
    expect(corpusFolder('/x/loose/a.gold.json')).toBe('/x/loose');
    expect(corpusName('/x/news/wire', '/x')).toBe('news/wire');
    expect(corpusName('/x/news/wire', '/x/news/wire')).toBe('wire');
  });

  it('reads the text the gold names, relative to its corpus folder', () => {
    const root = corpora();
    const read = readGoldFile(join(root, 'news/wire/gold/a.gold.json'), root);
    expect(read).toMatchObject({ ok: true, item: { corpus: 'news/wire', gold: { id: 'a' }, text: 'Ida Brandt said no.\n' } });
  });

  it('reports a gold file whose text does not exist', () => {
    const root = corpora();
    const read = readGoldFile(join(root, 'blogs/gold/b.gold.json'), root);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.message).toMatch(/^the text "texts\/missing.txt" it names does not exist/);
  });
});
