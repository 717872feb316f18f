import { MARK_KINDS, type Mark } from './marks.js';

/**
 * The text as a well-nested sequence of opening, text and closing events, as HTML and the
 * terminal need. Marks may nest (an entity inside a statement) or cross (a speaker mention
 * that runs past the end of a content): where two cross, the inner one is closed and opened
 * again, its later pieces flagged `continued`, so every piece stays inside its parent.
 */
export type NestEvent =
  | { type: 'open'; mark: Mark; continued: boolean }
  | { type: 'close'; mark: Mark }
  | { type: 'text'; start: number; end: number };

const RANK = new Map(MARK_KINDS.map((kind, rank) => [kind, rank]));

/** Outer first: the longer mark, then the kind that wraps (statement before entity), then the earlier. */
function outerFirst(a: Mark, b: Mark): number {
  return b.end - a.end || RANK.get(a.kind)! - RANK.get(b.kind)! || a.start - b.start || a.index - b.index;
}

export function nestMarks(marks: readonly Mark[], length: number): NestEvent[] {
  const sorted = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= length).sort((a, b) => a.start - b.start);
  const boundaries = [...new Set([0, length, ...sorted.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const events: NestEvent[] = [];
  const stack: Mark[] = [];
  const opened = new Set<Mark>();
  let active: Mark[] = [];
  let next = 0;

  for (let b = 0; b < boundaries.length - 1; b++) {
    const at = boundaries[b];
    active = active.filter((m) => m.end > at);
    while (next < sorted.length && sorted[next].start === at) active.push(sorted[next++]);

    // Unwind to the lowest mark that has ended; the still-active marks above it are reopened.
    const ended = stack.findIndex((m) => m.end <= at);
    if (ended >= 0) {
      for (const m of stack.splice(ended).reverse()) events.push({ type: 'close', mark: m });
    }
    const onStack = new Set(stack);
    for (const m of active.filter((m) => !onStack.has(m)).sort(outerFirst)) {
      events.push({ type: 'open', mark: m, continued: opened.has(m) });
      opened.add(m);
      stack.push(m);
    }
    events.push({ type: 'text', start: at, end: boundaries[b + 1] });
  }
  for (const m of stack.reverse()) events.push({ type: 'close', mark: m });
  return events;
}
