/**
 * Counterexamples the property tests found, shrunk to the smallest input, each kept as a
 * plain test so that it runs every time whatever the random seed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';
import { violations } from './invariants.js';
import { asUtf8, expectedCsvRows, parseCsv, renderCsv } from './render.js';

const analyze = (text: string) => analyzeArticle({ id: 'r', source: 'r.txt', text, meta: {} }, { tokens: true });

/** [what was found, the minimal input]: every promise must hold on each. */
const FOUND: [string, string][] = [
  ['a cue right after a comma has no speaker words before it (speaker span ended before it started)', 'No, said.'],
  ['the same, inside a quotation that never closes', '“Ilse Marrow, said the Ministry of Harbours.'],
  ['a text ending right after the object of "told": the speech stage read past the last token (threw)', 'w told s'],
  ['the same in plain news words', 'Ann Lee told reporters'],
  ['a ")" right before a cue at the start of the text: the speaker search read before the first token (threw)', ')said\nAccording to he, the.\n'],
  ['a second "X said" after a parenthetical one: only the parenthetical may lie in the content', 'Yes, Marrow said, it is, Marrow said.'],
  ['the same with the second part quoted', 'Yes, Marrow said, “it is,” Marrow said.'],
  ['an attribution closed by a run of commas with no words after it is no parenthetical (cue inside the content)', '"the ‘Foreign Minister Ilse Marrow” and more"\n -😀("the the failed the to trade peace, she said, ,"the a with peace the are with the plan very. «Monday ready slow week the Upper Brae peace "the trade the Monday good the the failed" and more” "the Ministry of Harbours Senator Corvin Brisk," she added, "talks we Monday the Harbour Accord 2023 2023."\nAccording to Marrow, the.\n'],
];

describe('counterexamples found by the property tests', () => {
  it.each(FOUND)('%s', (_what, text) => {
    expect(violations(analyze(text), { id: 'r', text })).toEqual([]);
  });

  it('tokenizes a word with an apostrophe before "..." the same way the first time and after (wink-nlp learns words)', () => {
    const text = "Ilse Marrow said the plan is Dravn'ok... and then left.";
    const first = JSON.stringify(analyze(text));
    expect(JSON.stringify(analyze(text))).toBe(first);
    expect(analyze(text).tokens?.map((t) => t.text)).toContain('...');
  });

  it('gives every token a lemma, also where wink-nlp has none (found as "...Initiat\\r\\nive,..." failing the schema)', () => {
    const tokens = analyze('x ive.').tokens ?? [];
    expect(tokens.map((t) => [t.text, t.lemma])).toEqual([['x', 'x'], ['ive', 'ive'], ['.', '.']]);
  });

  it('reads a lone surrogate back from CSV as U+FFFD, the only thing UTF-8 can carry, in the same place', () => {
    // Found as '\udfffForeign Minister Ilse Marrow said that the.' (the lone surrogate in the speaker).
    const article = analyze('\udfffIlse Marrow said that talks \udfff will go on.\n');
    expect(article.statements[0].content.text).toContain('\udfff');
    const [, ...rows] = parseCsv(renderCsv([article]));
    expect(rows).toEqual(expectedCsvRows([article]));
    expect(rows[0].find((field) => field.startsWith('talks'))).toContain('\ufffd');
    expect(asUtf8('\udfffA\ud83d\ude00')).toBe('\ufffdA\ud83d\ude00');
  });
});
