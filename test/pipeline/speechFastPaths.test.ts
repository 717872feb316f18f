/**
 * The speech model's shortcuts give what the plain computations they replace give: the packed
 * weight table scores as `WeightTable` does, the quotation-mark distances made in one pass equal a
 * walk from each token, the merged table of cue forms picks the candidates the three lists pick,
 * and the hash test in `cueAt` holds because every listed form is ASCII in lower case. Sentences
 * written for this test, with invented names.
 */
import { describe, expect, it } from 'vitest';
import cueData from '../../src/data/cues.json' with { type: 'json' };
import { featureKey, hashLower } from '../../src/model/hash.js';
import { IntSet } from '../../src/model/intSet.js';
import { WeightTable } from '../../src/model/weights.js';
import { tokenize } from '../../src/pipeline/tokenize.js';
import { cueAt, LISTED_FORMS } from '../../src/pipeline/speech/lexicon.js';
import { isQuoteMark } from '../../src/pipeline/speech/quotes.js';
import { cueCandidates } from '../../src/pipeline/speech/model/cueCandidates.js';
import { LEXICON_FORMS } from '../../src/pipeline/speech/model/cueLexicon.js';
import { bucket } from '../../src/pipeline/speech/model/features.js';
import { PackedTable } from '../../src/pipeline/speech/model/packedTable.js';
import { QUOTE_REACH, quoteDistances } from '../../src/pipeline/speech/model/quoteNear.js';
import { TokenKeys } from '../../src/pipeline/speech/model/tokenKeys.js';

const TEXT = 'Ann Veld said: "We will win." Tom Berg grumbled that the "plan" was late,\nand "the vote" stays, she stated. "It is done," SAID the clerk.';

describe('the packed weight table', () => {
  const keys = Uint32Array.from({ length: 300 }, (_, i) => featureKey(7, i));
  it.each([1, 3])('scores as WeightTable does, %i label(s)', (labels) => {
    const weights = Int16Array.from({ length: keys.length * labels }, (_, i) => ((i * 7919) % 2001) - 1000);
    const table = new WeightTable(labels, keys, weights, 0.01);
    const packed = new PackedTable(table);
    // Known keys, unknown keys, repeats.
    const asked = Uint32Array.from([keys[3], featureKey(8, 1), keys[299], keys[3], keys[150], featureKey(9, 2)]);
    const want = new Float64Array(labels);
    const got = new Float64Array(labels);
    table.score(asked, 0, asked.length, want);
    packed.score(asked, 0, asked.length, got);
    expect(Array.from(got)).toEqual(Array.from(want));
    expect(want.some((w) => w !== 0)).toBe(true);
    if (labels === 1) expect(packed.score1(asked, 1, 5)).toBe((table.score(asked, 1, 5, want), want[0]));
  });
});

describe('distances to the nearest quotation mark', () => {
  it('equal a walk from each token that stops at a line break', () => {
    const doc = tokenize(TEXT);
    const { tokens } = doc;
    const walk = (i: number, step: number) => {
      for (let k = i + step, d = 1; d <= QUOTE_REACH && k >= 0 && k < tokens.length; k += step, d++) {
        if (tokens[k].type === 'tabCRLF') return 0;
        if (isQuoteMark(tokens[k].text)) return bucket(d);
      }
      return 0;
    };
    const near = quoteDistances(doc);
    const want = tokens.flatMap((_, i) => [walk(i, -1), walk(i, 1)]);
    expect(Array.from(near)).toEqual(want);
    // The line break before "and" hides the mark after "late" from the words on the next line.
    const and = tokens.findIndex((t) => t.text === 'and');
    expect(near[2 * and]).toBe(0);
    expect(near[2 * and + 1]).toBe(1);
  });
});

describe('cue candidates from one table of forms', () => {
  it('are the words the vocabulary, the rules\' list or (as verbs) WordNet give', () => {
    const doc = tokenize(TEXT);
    const keys = new TokenKeys(doc);
    const vocabulary = new IntSet([hashLower('clerk')]);
    const got = cueCandidates(doc, keys, vocabulary).filter((c) => c.kind === 'word').map((c) => doc.tokens[c.head].text);
    const want = doc.tokens.filter((t, i) => {
      if (t.type !== 'word' || t.text.length < 3 || !['VERB', 'NOUN', 'PROPN', 'ADJ', 'AUX'].includes(t.pos)) return false;
      const h = keys.lower(i);
      return vocabulary.has(h) || LISTED_FORMS.has(h) || (t.pos === 'VERB' && LEXICON_FORMS.has(h));
    }).map((t) => t.text);
    expect(got).toEqual(want);
    expect(got).toEqual(expect.arrayContaining(['said', 'grumbled', 'stated', 'SAID', 'clerk']));
  });
});

describe('the hashed pre-test of cueAt', () => {
  it('holds because every form of the cue list is ASCII in lower case', () => {
    const odd = cueData.cues.flatMap((c) => c.forms).filter((f) => !/^[\x20-\x7e]+$/.test(f) || f !== f.toLowerCase());
    expect(odd).toEqual([]);
  });

  it('still finds a cue written in capitals', () => {
    const doc = tokenize('"It is done," SAID the clerk.');
    const at = doc.tokens.findIndex((t) => t.text === 'SAID');
    expect(cueAt(doc, at)?.lemma).toBe('say');
  });
});
