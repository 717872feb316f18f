import type { Readable } from 'node:stream';

export interface ByteLine {
  line: number;
  /** The line without its "\n"; empty when the line is longer than the limit. */
  bytes: Buffer;
  /** The line was longer than `maxBytes` and was skipped, not kept in memory. */
  tooLong: boolean;
}

/**
 * The lines of a byte stream, numbered from 1. A line's pieces are joined once, at its end
 * (joining at every chunk made a 40 MB line take 15 s), and a line longer than `maxBytes`
 * is dropped as it streams by, so one huge line never fills the memory.
 */
export async function* byteLines(stream: AsyncIterable<Buffer> | Readable, maxBytes = Infinity): AsyncGenerator<ByteLine> {
  let pieces: Buffer[] = [];
  let size = 0;
  let line = 0;
  const finish = (): ByteLine => {
    const done: ByteLine = size > maxBytes
      ? { line: ++line, bytes: Buffer.alloc(0), tooLong: true }
      : { line: ++line, bytes: pieces.length === 1 ? pieces[0] : Buffer.concat(pieces), tooLong: false };
    pieces = [];
    size = 0;
    return done;
  };
  const keep = (piece: Buffer) => {
    size += piece.length;
    if (size <= maxBytes && piece.length > 0) pieces.push(piece);
    else if (size > maxBytes) pieces = [];
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf(10, from)) !== -1) {
      keep(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) keep(Buffer.from(chunk.subarray(from)));
  }
  if (size > 0) yield finish();
}
