import { Readable } from 'node:stream';

const NEWLINE = 0x0a;
/** Bytes that leave a line blank: space, tab, CR, vertical tab, form feed. */
const BLANK = new Set([0x20, 0x09, 0x0d, 0x0b, 0x0c]);
const BOM = [0xef, 0xbb, 0xbf];

/**
 * The first non-blank line of a stream, and the whole stream again (that line included), so a
 * reader can decide how to read standard input before reading it. Holds at most one line, and
 * stops looking after `maxBytes` (the line is then cut short): a text of many megabytes with no
 * line break is neither held whole nor scanned more than once.
 */
export async function peekFirstLine(stream: AsyncIterable<Buffer>, maxBytes = Infinity): Promise<{ firstLine: string; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let content = false;
  let lineEnd = -1;
  let done = false;
  while (lineEnd < 0 && size <= maxBytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = next.value;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === NEWLINE && content) {
        lineEnd = size + i;
        break;
      }
      if (byte !== NEWLINE && !BLANK.has(byte) && !(size + i < 3 && byte === BOM[size + i])) content = true;
    }
    head.push(chunk);
    size += chunk.length;
  }
  const bytes = Buffer.concat(head);
  const text = bytes.subarray(0, lineEnd < 0 ? Math.min(bytes.length, maxBytes) : lineEnd).toString('utf8');
  const firstLine = text.replace(/^\uFEFF/, '').split('\n').find((l) => l.trim() !== '') ?? '';
  async function* replay(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { firstLine, stream: Readable.from(replay(), { objectMode: false }) };
}
