/**
 * The promises every article of the output keeps, as checks that list what they find
 * broken (an empty list is a pass). Shared by the property tests, the regression tests
 * and the fuzz run.
 */
import type { Article, Statement } from '../../src/types.js';

interface Located {
  what: string;
  text: string | null;
  start: number | null;
  end: number | null;
}

/** Every span of an article with a name saying where it is. */
export function spansOf(article: Article): Located[] {
  const spans: Located[] = [];
  for (const e of article.entities) e.mentions.forEach((m, i) => spans.push({ what: `${e.id}.mentions[${i}]`, ...m }));
  for (const s of article.statements) {
    spans.push({ what: `${s.id}.speaker`, ...s.speaker });
    if (s.cue) spans.push({ what: `${s.id}.cue`, ...s.cue });
    spans.push({ what: `${s.id}.content`, ...s.content });
  }
  (article.tokens ?? []).forEach((t, i) => spans.push({ what: `token ${i}`, ...t }));
  return spans;
}

/** The article's own facts agree with its input: id, and its length in code points. */
export function shapeViolations(article: Article, input: { id: string; text: string }): string[] {
  const found: string[] = [];
  if (article.id !== input.id) found.push(`id ${JSON.stringify(article.id)} is not the input's ${JSON.stringify(input.id)}`);
  const characters = [...input.text].length;
  if (article.stats.characters !== characters) found.push(`stats.characters ${article.stats.characters}, text has ${characters} code points`);
  return found;
}

/** Every `text` is the code-point slice [start, end) of the input. */
export function sliceViolations(article: Article, text: string): string[] {
  const points = [...text];
  const found: string[] = [];
  for (const span of spansOf(article)) {
    if (span.start === null || span.end === null) continue;
    const slice = points.slice(span.start, span.end).join('');
    if (span.text !== slice) found.push(`${span.what}: text ${JSON.stringify(span.text)} but [${span.start}, ${span.end}) is ${JSON.stringify(slice)}`);
  }
  return found;
}

/** Spans are whole (all of text, start, end or none), integers, in order and inside the article. */
export function boundViolations(article: Article): string[] {
  const length = article.stats.characters;
  const found: string[] = [];
  for (const { what, text, start, end } of spansOf(article)) {
    const nulls = [text, start, end].filter((v) => v === null).length;
    if (nulls === 3 && what.endsWith('.speaker')) continue;
    if (nulls > 0) found.push(`${what}: text, start and end must be all set or all null`);
    else if (!Number.isInteger(start) || !Number.isInteger(end)) found.push(`${what}: offsets ${start}, ${end} are not integers`);
    else if (!(0 <= start! && start! <= end! && end! <= length)) found.push(`${what}: [${start}, ${end}) is not inside [0, ${length}]`);
  }
  return found;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}

/**
 * The attribution sits inside the content as a parenthetical, set off by commas or dashes with
 * content on both sides ("The rules, critics argue, are too broad.", "The rules, the minister
 * Ann Lee said, are clear."): the one case where the gold annotations (gum-news NOTES.md) take
 * the whole span, cue included, as the content. Between the opening comma and the attribution
 * only words of the speaker's phrase may stand ("Dr." included), no quotation mark, "!", "?", ";" or ":".
 */
function isParenthetical(s: Statement, start: number, end: number): boolean {
  const points = [...s.content.text];
  const before = points.slice(0, Math.max(0, start - s.content.start)).join('');
  const after = points.slice(Math.max(0, end - s.content.start)).join('').trimStart();
  const opening = /[^\s,—–-]\s*[,—–-]+[^,—–!?;:"“”„«»]*$/u;
  return opening.test(before) && /^[,—–-]+\s*[^\s,—–-]/u.test(after);
}

/** A statement's cue and its speaker's mention are not part of what was said, unless set off as a parenthetical. */
export function contentViolations(article: Article): string[] {
  const found: string[] = [];
  for (const s of article.statements) {
    const { start, end } = s.speaker;
    const mention = start !== null && end !== null ? { start, end } : null;
    // A content in fragments ("“A,” she said, “B.”") leaves its attribution between them.
    const pieces = s.content.fragments ?? [s.content];
    const inside = [s.cue, mention].filter((span): span is { start: number; end: number } => span !== null && pieces.some((p) => overlaps(span, p)));
    if (inside.length === 0) continue;
    const from = Math.min(...[s.cue, mention].filter((x) => x !== null).map((x) => x!.start));
    const to = Math.max(...[s.cue, mention].filter((x) => x !== null).map((x) => x!.end));
    if (isParenthetical(s, from, to)) continue;
    if (s.cue && overlaps(s.cue, s.content)) found.push(`${s.id}: cue [${s.cue.start}, ${s.cue.end}) lies in content [${s.content.start}, ${s.content.end})`);
    if (mention && overlaps(mention, s.content)) {
      found.push(`${s.id}: speaker mention [${mention.start}, ${mention.end}) lies in content [${s.content.start}, ${s.content.end})`);
    }
  }
  return found;
}

/** Entity ids are unique, and every speaker.entity and about id names an entity of this article. */
export function referenceViolations(article: Article): string[] {
  const ids = new Set(article.entities.map((e) => e.id));
  const found: string[] = [];
  if (ids.size !== article.entities.length) found.push('entity ids are not unique');
  for (const s of article.statements) {
    if (s.speaker.entity !== null && !ids.has(s.speaker.entity)) found.push(`${s.id}: speaker.entity ${s.speaker.entity} is no entity of the article`);
    for (const id of s.about) if (!ids.has(id)) found.push(`${s.id}: about ${id} is no entity of the article`);
  }
  return found;
}

/** All of the above for one analysed input. */
export function violations(article: Article, input: { id: string; text: string }): string[] {
  return [
    ...shapeViolations(article, input), ...sliceViolations(article, input.text), ...boundViolations(article),
    ...contentViolations(article), ...referenceViolations(article),
  ];
}
