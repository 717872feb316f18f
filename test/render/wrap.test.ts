import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapChunks, type Chunk } from '../../src/render/wrap.js';

const words = (text: string): Chunk[] => [{ text }];

describe('wrapChunks', () => {
  it.each<[string, string, number, string[]]>([
    ['short text stays on one line', 'a quiet harbour', 20, ['a quiet harbour']],
    ['breaks at the last space that fits', 'the wall will be rebuilt in spring', 16, ['the wall will be', 'rebuilt in', 'spring']],
    ['keeps line breaks and blank lines', 'one\n\ntwo', 20, ['one', '', 'two']],
    ['breaks a word longer than the line', 'abcdefghijklmnopqrstuvwxy end', 10, ['abcdefghij', 'klmnopqrst', 'uvwxy end']],
    ['counts wide characters as two columns', '港口 港口 港口 港口', 10, ['港口 港口', '港口 港口']],
    ['keeps runs of spaces inside a line', 'a  b', 10, ['a  b']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapChunks(words(text), width)).toEqual(expected);
  });

  it('styles each line on its own, so a style never runs past a line end', () => {
    const bracket = (t: string) => `<${t}>`;
    expect(wrapChunks([{ text: 'said that ' }, { text: 'the port will open soon', style: bracket }], 16))
      .toEqual(['said that <the>', '<port will open>', '<soon>']);
  });

  it('keeps a chunk marked keep on one line and indents continuation lines', () => {
    const lines = wrapChunks([{ text: 'Speakers: ' }, { text: 'Ana Ruiz (2)', keep: true }, { text: ', ' }, { text: 'Bo Lind (1)', keep: true }], 24, 10);
    expect(lines).toEqual(['Speakers: Ana Ruiz (2),', '          Bo Lind (1)']);
  });

  it('never makes a line wider than asked', () => {
    const text = 'Ministers from 🙂 twelve countries met in Qaravel on Friday; 会议 lasted four hours and ended with a joint statement. '.repeat(5);
    for (const width of [20, 41, 80]) {
      for (const line of wrapChunks(words(text), width)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});
