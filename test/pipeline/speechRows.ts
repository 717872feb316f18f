/** Runs the whole pipeline on a text and keeps what the speech tables assert. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/index.js';
import type { SpeakerType, StatementKind } from '../../src/types.js';

export interface Row {
  speaker: string | null;
  type?: SpeakerType | null;
  mention?: string | null;
  cue: string | null;
  kind: StatementKind;
  content: string;
}

export function statementsOf(text: string): Row[] {
  const article = analyzeArticle({ id: 'test', source: 'test', text, meta: {} });
  return article.statements.map((s) => ({
    speaker: s.speaker.name,
    type: s.speaker.type,
    mention: s.speaker.text,
    cue: s.cue?.text ?? null,
    kind: s.kind,
    content: s.content.text,
  }));
}

/** The rows without the fields a table does not list. */
export function pick(rows: Row[], keys: (keyof Row)[]): Partial<Row>[] {
  return rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])) as Partial<Row>);
}

/** A table of texts and the statements each gives, compared on `keys` only. */
export function tableOf(keys: (keyof Row)[]) {
  return (title: string, rows: [string, Partial<Row>[]][]) =>
    describe(title, () => {
      it.each(rows)('%s', (text, expected) => {
        expect(pick(statementsOf(text), keys)).toEqual(expected);
      });
    });
}

/**
 * Rows the speech model gets wrong while the rules got them right: each still states what the
 * right answer is, and is expected to fail (`it.fails`) until the model learns it, when vitest
 * reports it so that it moves back to its table. README, "Not handled yet", lists them.
 */
export function knownMisses(keys: (keyof Row)[]) {
  return (title: string, rows: [string, Partial<Row>[]][]) =>
    describe(title, () => {
      it.fails.each(rows)('%s', (text, expected) => {
        expect(pick(statementsOf(text), keys)).toEqual(expected);
      });
    });
}
