import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { json } from '../helpers/cli.js';

/** An emoji (two UTF-16 units, one code point) before the names. */
const TEXT = 'Rally 🎉 day.\n\nTomas Varga said the 🚀 launch was early, according to Nadia Osei.\n';

describe('offsets are Unicode code points', () => {
  const [article] = json(['extract', '-'], TEXT).articles;
  const codePoints = [...TEXT];
  const spans = [
    ...article.entities.flatMap((e) => e.mentions),
    ...article.statements.map((s) => s.content),
    ...article.statements.flatMap((s) => (s.cue ? [s.cue] : [])),
  ];

  it('finds names after an emoji', () => {
    expect(article.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Tomas Varga']));
    expect(spans.length).toBeGreaterThan(2);
  });

  it('gives spans that JavaScript slices by code point', () => {
    for (const span of spans) expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text);
    expect(article.stats.characters).toBe(codePoints.length);
  });

  it('gives spans that Python slices with text[start:end]', () => {
    const python = spawnSync('python3', ['-c', 'import json,sys\nd=json.load(sys.stdin)\nt=d["text"]\nprint(json.dumps([t[s["start"]:s["end"]] for s in d["spans"]]))'], {
      input: JSON.stringify({ text: TEXT, spans }),
      encoding: 'utf8',
    });
    if (python.error) {
      console.log('python3 not found: the Python slice check is skipped');
      return;
    }
    expect(JSON.parse(python.stdout)).toEqual(spans.map((s) => s.text));
  });
});
