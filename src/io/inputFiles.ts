/** Which kind of input a file is, by its name, and its bytes as a stream (unpacked when gzipped). */
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { InputFormat } from './readInputs.js';

export type InputKind = 'text' | 'jsonl' | 'json';

/** `corpus.jsonl.gz` is JSONL, `notes.txt.gz` text: the name without `.gz` tells, unless --input-format does. */
export function inputKind(path: string, options: { inputFormat: InputFormat }): InputKind {
  if (options.inputFormat === 'jsonl') return 'jsonl';
  if (options.inputFormat === 'text') return 'text';
  const extension = extname(withoutGz(path)).toLowerCase();
  return extension === '.jsonl' ? 'jsonl' : extension === '.json' ? 'json' : 'text';
}

export function isJsonl(path: string, options: { inputFormat: InputFormat }): boolean {
  return inputKind(path, options) === 'jsonl';
}

export const isGz = (path: string) => path.toLowerCase().endsWith('.gz');
const withoutGz = (path: string) => (isGz(path) ? path.slice(0, -3) : path);
export const idOf = (path: string) => basename(withoutGz(path), extname(withoutGz(path)));

/** The file's bytes as a stream, unpacked when its name ends in `.gz`. */
export function openFile(path: string): Readable {
  const file = createReadStream(path);
  if (!isGz(path)) return file;
  const gunzip = createGunzip();
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip);
}
