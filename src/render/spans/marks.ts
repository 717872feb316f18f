import type { Article } from '../../types.js';
import { utf16Index } from './codePointIndex.js';

/** What a mark shows; the order is the nesting preference: a statement wraps what lies inside it. */
export const MARK_KINDS = ['statement', 'speaker', 'cue', 'entity'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** A span to lay on the text, in UTF-16 indices of the article text (end exclusive). */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** Index into `article.statements` (statement, speaker, cue) or `article.entities` (entity). */
  index: number;
}

export interface MarkOptions {
  /** Which kinds to lay; all by default. */
  kinds?: readonly MarkKind[];
}

/**
 * Every statement content, speaker mention, cue and entity mention of an article as marks on its
 * text. Offsets in the output are code points; they become UTF-16 indices here so that the
 * text can be sliced. Empty or inverted spans are left out.
 */
export function marksOf(article: Article, text: string, options: MarkOptions = {}): Mark[] {
  const kinds = new Set(options.kinds ?? MARK_KINDS);
  const toUtf16 = utf16Index(text);
  const marks: Mark[] = [];
  const add = (kind: MarkKind, index: number, start: number | null, end: number | null) => {
    if (!kinds.has(kind) || start === null || end === null) return;
    const from = toUtf16(start);
    const to = toUtf16(end);
    if (from < to) marks.push({ kind, start: from, end: to, index });
  };
  article.statements.forEach((s, i) => {
    add('statement', i, s.content.start, s.content.end);
    add('speaker', i, s.speaker.start, s.speaker.end);
    if (s.cue) add('cue', i, s.cue.start, s.cue.end);
  });
  article.entities.forEach((e, i) => {
    for (const m of e.mentions) add('entity', i, m.start, m.end);
  });
  return marks;
}
