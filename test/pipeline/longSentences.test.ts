/** A "sentence" of thousands of tokens is cut, so that stages looking along a sentence stay linear. */
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, tokenize } from '../../src/pipeline/tokenize.js';

const lengths = (text: string) => tokenize(text).sentences.map((s) => s.last - s.first + 1);

describe('overlong sentences', () => {
  it('cuts a run-on sentence into sentences of at most MAX_SENTENCE tokens, after a comma where it can', () => {
    const doc = tokenize('According to Tarsa Bank, '.repeat(400));
    const sizes = doc.sentences.map((s) => s.last - s.first + 1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(doc.tokens.length);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_SENTENCE);
    for (const s of doc.sentences.slice(0, -1)) expect(doc.tokens[s.last].text).toBe(',');
  });

  it('cuts a sentence with no comma at exactly MAX_SENTENCE tokens', () => {
    // 4 tokens a repeat, 1,200 in all.
    expect(lengths('Ann Veld said that '.repeat(300))).toEqual([MAX_SENTENCE, MAX_SENTENCE, 1200 - 2 * MAX_SENTENCE]);
  });

  it('leaves a long sentence of real news (200 tokens) whole', () => {
    const clause = 'the harbour board, which met on Monday in Port Amsel, said that fees would rise';
    const text = `Ann Veld said ${Array.from({ length: 12 }, () => clause).join(' and ')}.`;
    const sizes = lengths(text);
    expect(sizes).toHaveLength(1);
    expect(sizes[0]).toBeGreaterThan(190);
  });
});
