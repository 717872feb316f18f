import { describe, expect, it } from 'vitest';
import { parseDate, readMetadata } from '../../src/pipeline/metadata.js';

describe('metadata on long lines', () => {
  it('still finds a dateline that opens a very long paragraph', () => {
    const text = 'Talks Resume At Lake Varn\nPort Amsel, Varnland – ' + 'The talks went on. '.repeat(20_000);
    expect(readMetadata(text)).toEqual({ title: 'Talks Resume At Lake Varn', dateline: 'Port Amsel, Varnland' });
  });

  it('finds no dateline in a line of one capital and dashes, and no date in a long line', () => {
    expect(readMetadata('A' + '-'.repeat(50_000))).toEqual({});
    expect(parseDate(`April 3, 2021 ${'and so on '.repeat(20)}`)).toBeUndefined();
    expect(parseDate('  Tuesday,  14  March  2023  ')).toBe('2023-03-14');
  });
});
