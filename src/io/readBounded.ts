import type { Readable } from 'node:stream';
import { utf16Encoding } from './decode.js';

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'binary' };

/** How much of a stream is looked at for NUL bytes (as decodeText does) before the rest is read. */
const PROBE = 8192;

/**
 * A whole stream, read with the limit applied while reading: a device (`/dev/zero`), a pipe or a
 * compressed file that unpacks to gigabytes is stopped at `maxBytes`, and a binary stream as soon
 * as its first bytes show NUL (unless a UTF-16 byte order mark explains them).
 */
export async function readBounded(stream: Readable | AsyncIterable<Buffer>, maxBytes: number): Promise<BoundedRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  const stop = (reason: 'too-large' | 'binary'): BoundedRead => {
    if ('destroy' in stream) stream.destroy();
    return { ok: false, reason };
  };
  let utf16: boolean | undefined;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    utf16 ??= utf16Encoding(chunk) !== null;
    // The first bytes decide, as in decodeText: NUL there is a binary file, whatever its size.
    if (!utf16 && size < PROBE && chunk.subarray(0, PROBE - size).includes(0)) return stop('binary');
    size += chunk.length;
    if (size > maxBytes) return stop('too-large');
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
