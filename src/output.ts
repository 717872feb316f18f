import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes with back-pressure, so a slow reader never makes output pile up in memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain');
}

/** `statements ... | head` closes the pipe early: end quietly, as a Unix tool does. */
export function exitQuietlyOnEpipe(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
