import { describe, expect, it } from 'vitest';
import { breakLongRuns, MAX_RUN } from '../../src/pipeline/longRuns.js';
import { tokenize } from '../../src/pipeline/tokenize.js';

const x = (n: number) => 'x'.repeat(n);

describe('breakLongRuns', () => {
  it.each<[string, string, string]>([
    ['leaves ordinary text alone', 'He said so. “Yes,” she said.', 'He said so. “Yes,” she said.'],
    ['leaves a run of exactly MAX_RUN alone', x(MAX_RUN), x(MAX_RUN)],
    ['cuts a run one longer', x(MAX_RUN + 1), `${x(MAX_RUN)} x`],
    ['cuts a long run every MAX_RUN', x(2 * MAX_RUN + 3), `${x(MAX_RUN)} ${x(MAX_RUN)} xxx`],
    ['counts a run from the last break', `ab ${x(MAX_RUN + 1)}`, `ab ${x(MAX_RUN)} x`],
    ['takes a newline as a break', `${x(MAX_RUN)}\n${x(MAX_RUN)}`, `${x(MAX_RUN)}\n${x(MAX_RUN)}`],
    ['takes NBSP as a break, as wink-nlp does', `${x(MAX_RUN)}\u00a0${x(MAX_RUN)}`, `${x(MAX_RUN)}\u00a0${x(MAX_RUN)}`],
    ['does not take a zero-width space as a break, as wink-nlp does not', `${x(MAX_RUN)}\u200b${x(3)}`, `${x(MAX_RUN)} \u200bxxx`],
    ['never cuts a surrogate pair', `${x(MAX_RUN - 1)}😀x`, `${x(MAX_RUN - 1)}😀 x`],
  ])('%s', (_what, text, expected) => {
    expect(breakLongRuns(text)).toBe(expected);
  });
});

describe('tokenize on overlong runs', () => {
  it('lays the pieces of a cut run back on the original text, with no space between them', () => {
    const text = `Before ${x(MAX_RUN * 2 + 5)} after.`;
    const doc = tokenize(text);
    const pieces = doc.tokens.filter((t) => t.text.startsWith('x'));
    expect(pieces.map((t) => t.text.length)).toEqual([MAX_RUN, MAX_RUN, 5]);
    expect(pieces.map((t) => t.space)).toEqual([' ', '', '']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.at(-2)?.text).toBe('after');
  });

  it('finds a token after a gap longer than the search window', () => {
    const text = `One.${' '.repeat(5000)}Two.`;
    const doc = tokenize(text);
    expect(doc.tokens.map((t) => [t.text, t.start])).toEqual([['One', 0], ['.', 3], ['Two', 5004], ['.', 5007]]);
  });
});
