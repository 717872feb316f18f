/**
 * The README's table of speech patterns is a promise: each example, run through the CLI,
 * gives the kind and speakers the table shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { json, ROOT } from './helpers/cli.js';

interface Row {
  pattern: string;
  example: string;
  kinds: string[];
  speakers: (string | null)[];
}

function patternRows(): Row[] {
  const lines = readFileSync(`${ROOT}/README.md`, 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('| pattern | example | kind |'));
  const rows: Row[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [pattern, example, kind, expected] = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const [k, times] = kind.split(' ×');
    const count = times ? Number(times) : 1;
    const speakers = expected.split(';').map((part) => {
      const name = part.trim().split(/ · | \(|, /)[0].replace(/`/g, '');
      return name === 'speaker null' ? null : name;
    });
    rows.push({ pattern, example: example.replace(/⏎/g, '\n'), kinds: Array(count).fill(k), speakers: speakers.length === count ? speakers : Array(count).fill(speakers[0]) });
  }
  return rows;
}

describe('the README pattern table', () => {
  const rows = patternRows();

  it('has the patterns', () => {
    expect(rows.length).toBeGreaterThan(25);
  });

  // One run over all examples, one article each; the row's statements are the article's last ones.
  const corpus = rows.map((row, i) => JSON.stringify({ id: String(i), text: row.example + '\n' })).join('\n');
  const articles = json(['extract', '-', '--input-format', 'jsonl'], corpus).articles;

  it.each(rows.map((row, i) => [row.pattern, row, i] as const))('%s', (_, row, i) => {
    const statements = articles[i].statements.slice(-row.kinds.length);
    expect(statements.map((s) => s.kind)).toEqual(row.kinds);
    expect(statements.map((s) => s.speaker.name)).toEqual(row.speakers);
  });
});
