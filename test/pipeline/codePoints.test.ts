import { describe, expect, it } from 'vitest';
import { codePointMapper } from '../../src/pipeline/codePoints.js';

describe('codePointMapper', () => {
  it('maps UTF-16 indices to code points past astral characters', () => {
    const text = 'a😀b𝄞c';
    const cp = codePointMapper(text);
    expect([0, 1, 3, 4, 6, 7].map(cp)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('is the identity on text without astral characters', () => {
    const cp = codePointMapper('plain – text “with” marks');
    expect([0, 5, 25].map(cp)).toEqual([0, 5, 25]);
  });

  it('counts a lone surrogate as one code point, as JavaScript iteration does', () => {
    const text = 'x\uD800y😀';
    const cp = codePointMapper(text);
    expect(cp(text.length)).toBe([...text].length);
  });
});
