import type { Readable } from 'node:stream';

/** The lines of a byte stream, as bytes without their "\n", numbered from 1. */
export async function* byteLines(stream: AsyncIterable<Buffer> | Readable): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let rest: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let data: Buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let from = 0;
    let nl: number;
    while ((nl = data.indexOf(10, from)) !== -1) {
      yield { line: ++line, bytes: data.subarray(from, nl) };
      from = nl + 1;
    }
    rest = Buffer.from(data.subarray(from));
    data = rest;
  }
  if (rest.length) yield { line: ++line, bytes: rest };
}
