/** The checks themselves: each must catch what it is for, and let through what is allowed. */
import { describe, expect, it } from 'vitest';
import type { Article, Statement } from '../../src/types.js';
import { contentViolations } from './invariants.js';

/** One statement over `text`, with the cue, speaker mention and content given as substrings (first occurrence). */
function articleWith(text: string, cue: string, speaker: string | null, content: string): Article {
  const span = (part: string) => {
    const start = text.indexOf(part);
    return { text: part, start, end: start + part.length };
  };
  const mention = speaker === null ? { text: null, start: null, end: null } : span(speaker);
  const statement: Statement = {
    id: 's1', kind: 'indirect', speaker: { name: speaker, entity: null, type: 'person', ...mention },
    cue: { ...span(cue), lemma: cue }, content: span(content), sentence: 0, about: [],
  };
  return { id: 'a', source: 'a', meta: {}, stats: { characters: text.length, sentences: 1, tokens: 1 }, entities: [], statements: [statement] };
}

describe('contentViolations', () => {
  it.each<[string, string, string, string | null, string, number]>([
    ['content before the attribution', 'The plan works, Ann Lee said.', 'said', 'Ann Lee', 'The plan works', 0],
    ['content after the attribution', 'Ann Lee said the plan works.', 'said', 'Ann Lee', 'the plan works', 0],
    ['a parenthetical set off by commas', 'The rules, critics argue, are too broad.', 'argue', 'critics', 'The rules, critics argue, are too broad', 0],
    ['a parenthetical set off by dashes', 'The rules — critics argue — are too broad.', 'argue', 'critics', 'The rules — critics argue — are too broad', 0],
    ['a parenthetical opened by a dash and a comma', 'The rules—, critics argue, are too broad.', 'argue', 'critics', 'The rules—, critics argue, are too broad', 0],
    ['a parenthetical with a title of its own', 'The rules, Dr. Ann Lee said, are clear.', 'said', 'Ann Lee', 'The rules, Dr. Ann Lee said, are clear', 0],
    ['a parenthetical whose speaker phrase is longer than the mention', 'The rules, the minister Ann Lee said, are clear.', 'said', 'Ann Lee', 'The rules, the minister Ann Lee said, are clear', 0],
    ['a quote interrupted by its attribution taken as one content', '"We win," Ann Lee said, "and go on."', 'said', 'Ann Lee', '"We win," Ann Lee said, "and go on."', 2],
    ['a cue inside the content without commas around it', 'The plan Ann Lee said works.', 'said', 'Ann Lee', 'The plan Ann Lee said works', 2],
    ['an attribution at the end of its own content', 'The plan works, Ann Lee said.', 'said', 'Ann Lee', 'The plan works, Ann Lee said', 2],
    ['a cue inside the content, no speaker', 'It said so and more.', 'said', null, 'It said so and more', 1],
  ])('%s', (_what, text, cue, speaker, content, violations) => {
    expect(contentViolations(articleWith(text, cue, speaker, content))).toHaveLength(violations);
  });
});
