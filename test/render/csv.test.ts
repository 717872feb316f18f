import { parse } from 'csv-parse/sync';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import type { Article } from '../../src/types.js';

const CONTENT = 'We said, "no, never"\r\nand then, well, we left';

const article: Article = {
  id: 'a,1',
  source: 'x.txt',
  meta: {},
  stats: { characters: 100, sentences: 2, tokens: 20 },
  entities: [{ id: 'e1', type: 'person', name: 'Ines "Nena" Duarte', aliases: ['Duarte'], titles: [], affiliation: null, mentions: [{ text: 'Duarte', start: 70, end: 76, sentence: 1 }] }],
  statements: [{
    id: 's1', kind: 'direct', sentence: 0, about: ['e1'],
    speaker: { name: 'Ines "Nena" Duarte', entity: 'e1', type: 'person', text: 'Duarte', start: 70, end: 76 },
    cue: { text: 'said', lemma: 'say', start: 77, end: 81 },
    content: { text: CONTENT, start: 1, end: 1 + CONTENT.length },
  }],
};

const context = { chalk: new Chalk({ level: 0 }), width: 100 };

async function render(format: 'csv' | 'tsv', view: 'extract' | 'entities'): Promise<string> {
  const renderer = await createRenderer(format, { ...context, view });
  return renderer.begin() + renderer.article(article) + renderer.article({ ...article, id: 'b' }) + renderer.end();
}

describe('csv', () => {
  it('round-trips commas, quotes and line breaks through a CSV parser (RFC 4180)', async () => {
    const rows = parse(await render('csv', 'extract'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ article: 'a,1', speaker: 'Ines "Nena" Duarte', content: CONTENT, cue: 'said', about: 'Ines "Nena" Duarte', content_start: '1' });
    expect(rows[1].article).toBe('b');
  });

  it('ends records with CRLF and quotes only the fields that need it', async () => {
    const [header, first] = (await render('csv', 'entities')).split('\r\n');
    expect(header).toBe('article,entity,type,name,aliases,titles,affiliation,mentions,first_start,first_end');
    expect(first).toBe('"a,1",e1,person,"Ines ""Nena"" Duarte",Duarte,,,1,70,76');
  });
});

describe('tsv', () => {
  it('keeps one line per record by turning tabs and line breaks into spaces', async () => {
    const lines = (await render('tsv', 'extract')).split('\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1].split('\t')[13]).toBe('We said, "no, never"  and then, well, we left');
  });
});
