import { describe, expect, it } from 'vitest';
import { byteLines } from '../../src/io/lines.js';

async function linesOf(chunks: string[], maxBytes?: number) {
  async function* stream() { for (const c of chunks) yield Buffer.from(c); }
  const out: [number, string, boolean][] = [];
  for await (const l of byteLines(stream(), maxBytes)) out.push([l.line, l.bytes.toString(), l.tooLong]);
  return out;
}

describe('byteLines', () => {
  it.each<[string, string[], [number, string, boolean][]]>([
    ['one line per newline, numbered from 1', ['a\nb\n'], [[1, 'a', false], [2, 'b', false]]],
    ['a last line without a newline', ['a\nb'], [[1, 'a', false], [2, 'b', false]]],
    ['empty lines, numbered too', ['\n\na\n'], [[1, '', false], [2, '', false], [3, 'a', false]]],
    ['a line across chunks', ['ab', 'c', 'd\ne', 'f'], [[1, 'abcd', false], [2, 'ef', false]]],
    ['a carriage return kept for the JSONL reader', ['a\r\nb\r\n'], [[1, 'a\r', false], [2, 'b\r', false]]],
    ['nothing from an empty stream', [], []],
  ])('%s', async (_what, chunks, expected) => {
    expect(await linesOf(chunks)).toEqual(expected);
  });

  it('drops a line longer than the limit as it streams by, and reads the next one', async () => {
    expect(await linesOf(['ok\n', 'xxxx', 'xxxx', 'x\nfine\n', 'abcdef'], 5)).toEqual([
      [1, 'ok', false], [2, '', true], [3, 'fine', false], [4, '', true],
    ]);
  });

  it('keeps a line of exactly the limit', async () => {
    expect(await linesOf(['12', '345\n'], 5)).toEqual([[1, '12345', false]]);
  });
});
