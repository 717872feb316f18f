import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { LONGEST_CELL, tableCell, tableRenderer } from '../../src/render/table.js';
import type { Article, Statement } from '../../src/types.js';

describe('tableCell', () => {
  it.each<[string, string, string]>([
    ['keeps ordinary text', 'Ilse Marrow: “Yes.”', 'Ilse Marrow: “Yes.”'],
    ['keeps line breaks, which the table wraps', 'one\ntwo', 'one\ntwo'],
    ['turns tabs and carriage returns into spaces', 'a\tb\r\nc', 'a b \nc'],
    ['shows escape and other control characters as U+FFFD', 'a\u001b[2Jb\u0007\u0085', 'a\uFFFD[2Jb\uFFFD\uFFFD'],
  ])('%s', (_what, text, expected) => {
    expect(tableCell(text)).toBe(expected);
  });

  it('clips a long cell and says how much was left out', () => {
    expect(tableCell('x'.repeat(LONGEST_CELL + 5))).toBe(`${'x'.repeat(LONGEST_CELL)}… (5 more characters)`);
  });

  it('never clips inside a surrogate pair', () => {
    const cell = tableCell('x'.repeat(LONGEST_CELL - 1) + '😀'.repeat(3));
    expect(cell).toBe(`${'x'.repeat(LONGEST_CELL - 1)}… (3 more characters)`);
  });
});

describe('the table renderer on many rows', () => {
  it('prints every statement, in tables of at most 500 rows', () => {
    const statement = (i: number): Statement => ({
      id: `s${i}`, kind: 'indirect', speaker: { name: 'Ilse Marrow', entity: null, type: 'person', text: null, start: null, end: null },
      cue: null, content: { text: `point ${i}`, start: 0, end: 1 }, sentence: 0, about: [],
    });
    const article: Article = {
      id: 'a', source: 'a.txt', meta: {}, stats: { characters: 1, sentences: 1, tokens: 1 }, entities: [],
      statements: Array.from({ length: 1001 }, (_, i) => statement(i)),
    };
    const out = tableRenderer({ view: 'extract', chalk: new Chalk({ level: 0 }), width: 100 }).article(article);
    expect(out.match(/│ statement/g)).toHaveLength(3);
    for (const i of [0, 499, 500, 1000]) expect(out).toContain(`point ${i} `);
  });
});
