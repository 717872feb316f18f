import { Readable } from 'node:stream';

/**
 * The first non-blank line of a stream, and the whole stream again (that line included), so a
 * reader can decide how to read standard input before reading it. Holds at most one line.
 */
export async function peekFirstLine(stream: AsyncIterable<Buffer>): Promise<{ firstLine: string; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let done = false;
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    const text = Buffer.concat(head).toString('utf8');
    if (/\S[^\n]*\n/.test(text)) break;
  }
  const firstLine = Buffer.concat(head).toString('utf8').replace(/^\uFEFF/, '').split('\n').find((l) => l.trim() !== '') ?? '';
  async function* replay(): AsyncGenerator<Buffer> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { firstLine, stream: Readable.from(replay(), { objectMode: false }) };
}
