import { describe, expect, it } from 'vitest';
import type { Mark } from '../../src/render/spans/marks.js';
import { nestMarks, type NestEvent } from '../../src/render/spans/nest.js';

const TEXT = 'abcdefghijklmnopqrstuvwxyz';

/** Events as a compact string: `[entity0 ...]` for a mark, `+` after the name of a continued piece. */
function show(marks: Mark[], text = TEXT): string {
  return nestMarks(marks, text.length).map((e: NestEvent) => {
    if (e.type === 'text') return text.slice(e.start, e.end);
    if (e.type === 'close') return ']';
    return `[${e.mark.kind}${e.mark.index}${e.continued ? '+' : ''} `;
  }).join('');
}

const m = (kind: Mark['kind'], index: number, start: number, end: number): Mark => ({ kind, index, start, end });

describe('nestMarks', () => {
  it.each<[string, Mark[], string]>([
    ['no marks: the text alone', [], TEXT],
    ['one mark', [m('entity', 0, 2, 5)], 'ab[entity0 cde]fghijklmnopqrstuvwxyz'],
    ['an entity inside a statement nests', [m('entity', 1, 3, 5), m('statement', 0, 1, 8)], 'a[statement0 bc[entity1 de]fgh]ijklmnopqrstuvwxyz'],
    ['same span: the statement wraps the entity', [m('entity', 1, 0, 3), m('statement', 0, 0, 3)], '[statement0 [entity1 abc]]defghijklmnopqrstuvwxyz'],
    ['a crossing mark is split and continued', [m('statement', 0, 2, 6), m('speaker', 0, 4, 9)], 'ab[statement0 cd[speaker0 ef]][speaker0+ ghi]jklmnopqrstuvwxyz'],
    ['marks end to end stay apart', [m('cue', 0, 0, 2), m('statement', 0, 2, 4)], '[cue0 ab][statement0 cd]efghijklmnopqrstuvwxyz'],
    ['an empty or inverted mark is left out', [m('entity', 0, 3, 3), m('speaker', 0, 6, 4)], TEXT],
    ['a mark past the end is left out', [m('entity', 0, 20, 40)], TEXT],
  ])('%s', (_name, marks, expected) => {
    expect(show(marks)).toBe(expected);
  });

  it('keeps every character exactly once, in order, however the marks overlap', () => {
    const marks = [m('statement', 0, 0, 20), m('statement', 1, 10, 26), m('entity', 0, 5, 15), m('speaker', 1, 18, 22), m('cue', 1, 1, 2)];
    const events = nestMarks(marks, TEXT.length);
    expect(events.filter((e) => e.type === 'text').map((e) => (e.type === 'text' ? TEXT.slice(e.start, e.end) : '')).join('')).toBe(TEXT);
    let depth = 0;
    for (const e of events) {
      if (e.type === 'open') depth++;
      if (e.type === 'close') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
