/**
 * wink-nlp learns the words of every document it reads; each article must still be read from the
 * same state. The pairs are the ones measured: the first article taught wink-nlp a word that
 * changed how the second was tokenized or tagged.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';

const analyze = (text: string) => JSON.stringify(analyzeArticle({ id: 'a', source: 'a.txt', text, meta: {} }, { tokens: true }));

const PAIRS: [string, string, string][] = [
  ['a word glued to a quotation mark after "p.m."', "The meeting ended at 5 p.m.'We are done,' she said.", "'We will win,' Ann Veld said."],
  ['a combining mark after a hyphen', '5-\u0301', 'Lee said the plan was ready.\u0301 The road flooded.'],
  ['a word glued to a quotation mark after "U.S."', "the U.S.'would help.", "Lee said: 'would it work?'"],
];

describe('an article is analysed the same whatever was read before it', () => {
  it.each(PAIRS)('%s', (_what, before, text) => {
    const alone = analyze(text);
    analyze(before);
    expect(analyze(text)).toBe(alone);
  });

  it('keeps the direct quote of the first pair (it was lost after the other article)', () => {
    analyze(PAIRS[0][1]);
    const article = JSON.parse(analyze(PAIRS[0][2]));
    expect(article.statements.map((s: { kind: string; content: { text: string } }) => [s.kind, s.content.text])).toEqual([['direct', 'We will win,']]);
  });
});
