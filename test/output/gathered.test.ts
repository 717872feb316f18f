import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { GatheredOutput } from '../../src/output.js';

/** A slow stream that takes one small chunk at a time, so that writes meet back-pressure. */
function slowStream() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { stream, chunks };
}

describe('GatheredOutput', () => {
  it('writes every piece, strings and bytes, in order, in fewer writes than pieces', async () => {
    const { stream, chunks } = slowStream();
    const output = new GatheredOutput(stream);
    const expected: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const piece = `{"id":"${i}","name":"Zoë ${'x'.repeat(i % 50)}"}\n`;
      expected.push(piece);
      await output.write(i % 2 ? piece : new TextEncoder().encode(piece));
    }
    await output.flush();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected.join(''));
    expect(chunks.length).toBeLessThan(100);
  });

  it('writes what it holds at the next turn of the event loop, without a flush', async () => {
    const { stream, chunks } = slowStream();
    const output = new GatheredOutput(stream);
    await output.write('one line\n');
    expect(chunks).toHaveLength(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(chunks).toString('utf8')).toBe('one line\n');
  });
});
