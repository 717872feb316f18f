/**
 * The classes of error the speech model and its candidates were built to fix (see the README's
 * speech section), each on sentences written for this test, with invented names: quotation marks
 * written as two apostrophes, one statement per interrupted quotation, cue verbs that only
 * WordNet lists, a sentence that wink-nlp splits inside "(D-Md.)", requests, beliefs behind
 * --beliefs, and the confidence and fragments the model adds.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';
import { tableOf } from './speechRows.js';

const table = tableOf(['speaker', 'cue', 'kind', 'content']);

table("quotation marks written as two apostrophes ('')", [
  ["''We will win the vote,'' Ann Veld said.", [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We will win the vote,' }]],
  ["Ann Veld said: ''We will win the vote.''", [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We will win the vote.' }]],
]);

table('a sentence wink-nlp ends inside a party-state bracket', [
  ['Sen. Ann Veld (D-Md.) said the plan was late.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the plan was late' }]],
]);

table('a cue verb from the WordNet lexicon', [
  ['Ann Veld grumbled that the plan was late.', [{ speaker: 'Ann Veld', cue: 'grumbled', kind: 'indirect', content: 'the plan was late' }]],
]);

table('a request: the content is the infinitive, without the listener', [
  ['Ann Veld urged the council to delay the vote.', [{ speaker: 'Ann Veld', cue: 'urged', kind: 'indirect', content: 'to delay the vote' }]],
  ['As Ann Veld told the Daily Post, the bridge will reopen in May.', [{ speaker: 'Ann Veld', cue: 'told', kind: 'indirect', content: 'the bridge will reopen in May' }]],
]);

table('one cue that carries two quotations: both are statements', [
  [
    'The agency said the count was slow. "Foolish delays deserve a recount", it added; and, later, "Ann Veld ordered every ballot to be counted again before the end of the week".',
    [
      { speaker: 'The agency', cue: 'said', kind: 'indirect', content: 'the count was slow' },
      { speaker: 'The agency', cue: 'added', kind: 'direct', content: 'Foolish delays deserve a recount' },
      { speaker: 'The agency', cue: 'added', kind: 'direct', content: 'Ann Veld ordered every ballot to be counted again before the end of the week' },
    ],
  ],
]);

table('no statement: a name given, a country, a bare phrase after a cue', [
  ['They live in a town called Harbourville.', []],
  ['The United States is a large country.', []],
]);

describe('what the model adds to a statement', () => {
  const statements = (text: string, beliefs = false) => analyzeArticle({ id: 't', source: 't', text, meta: {} }, { beliefs }).statements;

  it('gives each statement it decided a confidence between 0 and 1', () => {
    const [s] = statements('Ann Veld said the plan was ready.');
    expect(s.confidence).toBeGreaterThan(0.5);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it('reports a belief only with --beliefs, marked speech: false', () => {
    const text = 'Ann Veld said the plan was ready. Tom Ray believes the vote was fair.';
    expect(statements(text).map((s) => s.speaker.name)).toEqual(['Ann Veld']);
    const both = statements(text, true);
    expect(both.map((s) => [s.speaker.name, s.speech])).toEqual([['Ann Veld', undefined], ['Tom Ray', false]]);
    expect(both[1].content.text).toBe('the vote was fair');
  });

  it('makes one statement of a quotation its attribution interrupts, with the pieces as fragments', () => {
    const [s, ...rest] = statements('“The harbour is closed,” Ann Veld said, “and it will stay closed.”');
    expect(rest).toEqual([]);
    expect(s.content.fragments?.map((f) => f.text)).toEqual(['The harbour is closed,', 'and it will stay closed.']);
    expect(s.content.start).toBe(s.content.fragments![0].start);
    expect(s.content.end).toBe(s.content.fragments![1].end);
  });
});
