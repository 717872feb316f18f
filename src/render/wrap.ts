import stringWidth from 'string-width';

/** A piece of text and how to style it on a terminal (none: as it is). */
export interface Chunk {
  text: string;
  style?: (text: string) => string;
  /** Not broken at its spaces (a name in a list), unless it is longer than a line. */
  keep?: boolean;
}

type Range = [start: number, end: number];

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Wraps styled text to `width` terminal columns at (ASCII) spaces, keeping line breaks, and styles each
 * line on its own so that no colour runs into the margin. Widths are measured in columns (a wide
 * CJK character or an emoji takes two); a word longer than a line is broken between characters.
 * Lines after the first are indented by `hang` spaces.
 */
export function wrapChunks(chunks: Chunk[], width: number, hang = 0): string[] {
  const layout = chunks.map((c) => (c.keep ? c.text.replace(/ /g, '\u00a0') : c.text)).join('');
  const ranges = lineRanges(layout, Math.max(10, width), Math.max(10, width - hang));
  const indent = ' '.repeat(hang);
  const cursor = { chunk: 0, at: 0 };
  return ranges.map(([start, end], i) => (i > 0 && hang ? indent : '') + styledSlice(chunks, start, end, cursor));
}

function lineRanges(plain: string, firstWidth: number, restWidth: number): Range[] {
  const lines: Range[] = [];
  let offset = 0;
  for (const hardLine of plain.split('\n')) {
    const limit = () => (lines.length === 0 ? firstWidth : restWidth);
    let line: Range | null = null;
    let used = 0;
    for (const word of hardLine.matchAll(/[^ \n]+/g)) {
      const start = offset + word.index;
      const end = start + word[0].length;
      const gap = line ? stringWidth(plain.slice(line[1], start)) : 0;
      const wordWidth = stringWidth(word[0]);
      if (line && used + gap + wordWidth <= limit()) {
        line[1] = end;
        used += gap + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      [line, used] = breakWord(plain, start, end, wordWidth, limit, lines);
    }
    lines.push(line ?? [offset, offset]);
    offset += hardLine.length + 1;
  }
  return lines;
}

/** Starts a line with a word; a word wider than the line fills whole lines first. */
function breakWord(plain: string, start: number, end: number, wordWidth: number, limit: () => number, lines: Range[]): [Range, number] {
  if (wordWidth <= limit()) return [[start, end], wordWidth];
  let lineStart = start;
  let used = 0;
  let at = start;
  for (const { segment } of segmenter.segment(plain.slice(start, end))) {
    const w = stringWidth(segment);
    if (used + w > limit() && at > lineStart) {
      lines.push([lineStart, at]);
      lineStart = at;
      used = 0;
    }
    used += w;
    at += segment.length;
  }
  return [[lineStart, end], used];
}

/** The styled text of [start, end); lines come in order, so the cursor saves walking from the first chunk. */
function styledSlice(chunks: Chunk[], start: number, end: number, cursor: { chunk: number; at: number }): string {
  while (cursor.chunk < chunks.length && cursor.at + chunks[cursor.chunk].text.length <= start) {
    cursor.at += chunks[cursor.chunk++].text.length;
  }
  let out = '';
  for (let i = cursor.chunk, at = cursor.at; i < chunks.length && at < end; at += chunks[i++].text.length) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + chunks[i].text.length);
    if (from >= to) continue;
    const piece = chunks[i].text.slice(from - at, to - at);
    out += chunks[i].style ? chunks[i].style!(piece) : piece;
  }
  return out;
}
