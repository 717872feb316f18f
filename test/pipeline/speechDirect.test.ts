import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';
import { pick, statementsOf, type Row } from './speechRows.js';

const KEYS: (keyof Row)[] = ['speaker', 'cue', 'kind', 'content'];

describe('direct quotes: “Q,” X said / “Q,” said X', () => {
  it.each<[string, Partial<Row>[]]>([
    ['“We will win,” Ann Veld said.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We will win,' }]],
    ['"We will win," said Ann Veld.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We will win,' }]],
    ['‘We are ready,’ Ann Veld said.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We are ready,' }]],
    ['Ann Veld chairs the board.\n\n“It is over,” a visibly upset Tom Ray said.', [{ speaker: 'Tom Ray', cue: 'said', kind: 'direct', content: 'It is over,' }]],
    ['“We lost,” an emotional Ann Veld told reporters.', [{ speaker: 'Ann Veld', cue: 'told', kind: 'direct', content: 'We lost,' }]],
    ['“We lost. We will be back,” Ann Veld told reporters.', [{ speaker: 'Ann Veld', cue: 'told', kind: 'direct', content: 'We lost. We will be back,' }]],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

describe('direct quotes: X said: “Q” and X said, “Q”', () => {
  it.each<[string, Partial<Row>[]]>([
    ['Ann Veld said: “The plan is ready.”', [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'The plan is ready.' }]],
    ['Ann Veld said, “We are ready.”', [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We are ready.' }]],
    ['Ann Veld said: «We will win the vote.»', [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We will win the vote.' }]],
    ['Tom Ray wrote on Monday:\n\n“The bridge stays open.”', [{ speaker: 'Tom Ray', cue: 'wrote', kind: 'direct', content: 'The bridge stays open.' }]],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

describe('direct quotes: interrupted by the attribution (one statement, in fragments)', () => {
  it.each<[string, string[]]>([
    ['“The plan is ready,” Ann Veld said, “and it will work.”', ['The plan is ready,', 'and it will work.']],
    ['"We lost," said Ann Veld, "but we will be back."', ['We lost,', 'but we will be back.']],
  ])('%s', (text, fragments) => {
    const article = analyzeArticle({ id: 't', source: 't', text, meta: {} });
    expect(article.statements).toHaveLength(1);
    const [s] = article.statements;
    expect([s.speaker.name, s.cue?.text, s.kind]).toEqual(['Ann Veld', 'said', 'direct']);
    expect(s.content.fragments?.map((f) => f.text)).toEqual(fragments);
    // The content runs from the first fragment to the last, the attribution between them.
    expect(s.content.text.startsWith(fragments[0]) && s.content.text.endsWith(fragments[1])).toBe(true);
  });
});

describe('direct quotes: over paragraphs, follow-on and floating quotes (cue null)', () => {
  it.each<[string, Partial<Row>[]]>([
    ['Ann Veld said on Monday:\n\n“The first part of the plan is ready.\n\n“The second part will follow in the spring.”', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'The first part of the plan is ready.' },
      { speaker: 'Ann Veld', cue: null, kind: 'direct', content: 'The second part will follow in the spring.' },
    ]],
    ['Ann Veld said, "The first half went well.\n\nWe could have scored two more goals."', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'The first half went well.' },
      { speaker: 'Ann Veld', cue: null, kind: 'direct', content: 'We could have scored two more goals.' },
    ]],
    ['Ann Veld said the vote was fair. “We respect the result and we will work with everyone who won.”', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the vote was fair' },
      { speaker: 'Ann Veld', cue: null, kind: 'direct', content: 'We respect the result and we will work with everyone who won.' },
    ]],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

describe('direct quotes: after "issued a statement" and from "X\'s statement"', () => {
  it.each<[string, Partial<Row>[]]>([
    ['Senator Tom Ray, a member from Ohio, issued a statement on the closure. “Like many people here, I am disappointed with the decision.”', [
      { speaker: 'Tom Ray', cue: null, kind: 'direct', content: 'Like many people here, I am disappointed with the decision.' },
    ]],
    ['Tom Ray met the board. Ray’s statement added, “The bridge will stay open.”', [
      { speaker: 'Tom Ray', cue: 'added', kind: 'direct', content: 'The bridge will stay open.' },
    ]],
    ['Tom Ray met the board. Ray’s statement added, "The bridge will stay open.“ The port will close.', [
      { speaker: 'Tom Ray', cue: 'added', kind: 'direct', content: 'The bridge will stay open.' },
    ]],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

describe('direct quotes: dash sign-off and quotes with no recoverable speaker', () => {
  it.each<[string, Partial<Row>[]]>([
    ['“Nothing is decided yet.” – Ann Veld', [{ speaker: 'Ann Veld', cue: '–', kind: 'direct', content: 'Nothing is decided yet.' }]],
    ['The council met on Monday. “Nobody here expected the result to be this close, and nobody is happy with it.”', [
      { speaker: null, cue: null, kind: 'direct', content: 'Nobody here expected the result to be this close, and nobody is happy with it.' },
    ]],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

describe('not statements: scare quotes and quoted names', () => {
  it.each([
    'The so-called “peace plan” failed.',
    'The team named its robot "Sparky" before the contest.',
    'The attack was claimed on Monday by a user labelled "Blue Fox", on a forum.',
    'She sang in a band called "Harbour Lights" for years.',
    'Ann Veld did not say whether the plan was ready.',
    'Ann Veld was told to leave.',
    'Ann Veld added a new rule.',
  ])('%s', (text) => {
    expect(statementsOf(text)).toEqual([]);
  });
});

describe('direct quotes: a quotation after a cue and a preposition (with its phrase)', () => {
  it.each<[string, Partial<Row>[]]>([
    ['The authors say the wall is weak. They call for “urgent action on the harbour wall.” Most boats left.', [
      { speaker: 'The authors', cue: 'say', kind: 'indirect', content: 'the wall is weak' },
      { speaker: 'The authors', cue: 'call', kind: 'direct', content: 'urgent action on the harbour wall.' },
    ]],
    ['Ann Veld said in a statement “We are ready for the vote.”', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'We are ready for the vote.' },
    ]],
    ['Tom Ray joined the effort, writing in a blog post "I have loaded the tool and started."', [
      { speaker: 'Tom Ray', cue: 'writing', kind: 'direct', content: 'I have loaded the tool and started.' },
    ]],
    ['Ann Veld warned of “a crisis that nobody in the city wants to see.”', [
      { speaker: 'Ann Veld', cue: 'warned', kind: 'direct', content: 'a crisis that nobody in the city wants to see.' },
    ]],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

describe('direct quotes: a block quote without marks after a lead-in ending in a colon', () => {
  it.each<[string, Partial<Row>[]]>([
    ['In a statement to the Daily Post, the club denied the claims:\n\nShe was never \'forced\' to stay. She was a volunteer.\n\nThe case goes on.', [
      { speaker: 'the club', cue: 'denied', kind: 'direct', content: "She was never 'forced' to stay. She was a volunteer." },
    ]],
    ['The new rules are these:\n\nBoats must leave by noon. Nets stay ashore.', []],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

describe('direct quotes: a floating quote whose speaker the next sentence introduces', () => {
  it.each<[string, Partial<Row>[]]>([
    ['Ann Veld said the vote was fair.\n\n“We will not give up.” Tom Ray, who runs the farm, was defiant on Monday.', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the vote was fair' },
      { speaker: 'Tom Ray', cue: null, kind: 'direct', content: 'We will not give up.' },
    ]],
    ['Ann Veld said the vote was fair.\n\n“We will not give up.” Tom Ray, a farmer, said the count was wrong.', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the vote was fair' },
      { speaker: 'Ann Veld', cue: null, kind: 'direct', content: 'We will not give up.' },
      { speaker: 'Tom Ray', cue: 'said', kind: 'indirect', content: 'the count was wrong' },
    ]],
    ['Ann Veld said the vote was fair. “We will not give up.” Tom Ray, who runs the farm, was defiant.', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the vote was fair' },
      { speaker: 'Ann Veld', cue: null, kind: 'direct', content: 'We will not give up.' },
    ]],
    ['Tom Ray spoke first. Ann Veld said the vote was fair.\n\n“We will not give up.” Tom Ray was defiant on Monday.', [
      { speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the vote was fair' },
      { speaker: 'Ann Veld', cue: null, kind: 'direct', content: 'We will not give up.' },
    ]],
  ])('%s', (text, expected) => {
    expect(pick(statementsOf(text), KEYS)).toEqual(expected);
  });
});

