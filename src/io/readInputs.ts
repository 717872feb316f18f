import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { ArticleInput, Problem } from '../types.js';
import { decodeText } from './decode.js';
import { parseJsonlLine, type JsonlFields } from './jsonl.js';
import { byteLines } from './lines.js';
import { expandPaths, type PathItem } from './walk.js';

export type InputFormat = 'auto' | 'text' | 'jsonl';

export interface InputOptions extends JsonlFields {
  inputFormat: InputFormat;
  /** Articles longer than this (in UTF-16 code units) are reported and skipped. */
  maxChars: number;
  stdin: Readable;
}

export type InputItem = { ok: true; article: ArticleInput } | { ok: false; problem: Problem };

/**
 * Every article of the inputs, in order, one at a time; a bad input yields a problem and reading goes on.
 * `expanded` lets a caller that already walked the inputs (to plan the work) skip a second walk.
 */
export async function* readInputs(inputs: string[], options: InputOptions, expanded: PathItem[] = expandPaths(inputs)): AsyncGenerator<InputItem> {
  for (const item of expanded) {
    if (!item.ok) {
      yield item;
      continue;
    }
    if (item.path === '-') yield* readStdin(options);
    else if (isJsonl(item.path, options)) yield* readJsonl(createReadStream(item.path), item.path, options);
    else yield readTextFile(item.path, options);
  }
}

export function isJsonl(path: string, options: Pick<InputOptions, 'inputFormat'>): boolean {
  return options.inputFormat === 'jsonl' || (options.inputFormat === 'auto' && extname(path).toLowerCase() === '.jsonl');
}

function readTextFile(path: string, options: InputOptions): InputItem {
  try {
    if (statSync(path).size > options.maxChars * 4) return tooLarge(path, options);
    return textArticle(readFileSync(path), path, basename(path, extname(path)), options);
  } catch (error) {
    return fail(path, 'unreadable', (error as Error).message);
  }
}

function textArticle(bytes: Uint8Array, source: string, id: string, options: InputOptions): InputItem {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(source, decoded.code, decoded.message);
  const text = decoded.text;
  if (text.trim() === '') return fail(source, 'empty', 'empty article (no text)');
  if (text.length > options.maxChars) return tooLarge(source, options);
  return { ok: true, article: { id, source, text, meta: {} } };
}

async function* readJsonl(stream: AsyncIterable<Buffer> | Readable, path: string, options: InputOptions): AsyncGenerator<InputItem> {
  const name = path === '-' ? 'stdin' : basename(path, extname(path));
  try {
    for await (const { line, bytes, tooLong } of byteLines(stream, options.maxChars * 4)) {
      const source = `${path}:${line}`;
      if (tooLong) {
        yield tooLarge(source, options);
        continue;
      }
      const item = parseJsonlLine(bytes, source, `${name}:${line}`, options);
      if (item.ok === null) continue;
      if (item.ok && item.article.text.length > options.maxChars) yield tooLarge(source, options);
      else if (item.ok && item.article.text.trim() === '') yield fail(source, 'empty', 'empty article (no text)');
      else yield item;
    }
  } catch (error) {
    yield fail(path, 'unreadable', (error as Error).message);
  }
}

/** Standard input: JSONL when asked for, or when it starts with "{"; otherwise one text article. */
async function* readStdin(options: InputOptions): AsyncGenerator<InputItem> {
  const iterator = (options.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first = await iterator.next();
  while (!first.done && first.value.toString('utf8').trim() === '') {
    head.push(first.value);
    first = await iterator.next();
  }
  if (!first.done) head.push(first.value);
  const rest: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      if (first.done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  const startsWithObject = /^\s*\{/.test(Buffer.concat(head).toString('utf8').replace(/^\uFEFF/, ''));
  if (options.inputFormat === 'jsonl' || (options.inputFormat === 'auto' && startsWithObject)) {
    yield* readJsonl(rest, '-', options);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest) {
    size += chunk.length;
    if (size > options.maxChars * 4) {
      yield tooLarge('-', options);
      return;
    }
    chunks.push(chunk);
  }
  yield textArticle(Buffer.concat(chunks), '-', 'stdin', options);
}

function tooLarge(source: string, options: InputOptions): InputItem {
  return fail(source, 'too-large', `article larger than --max-chars ${options.maxChars}, skipped`);
}

function fail(source: string, code: string, message: string): InputItem {
  return { ok: false, problem: { code, severity: 'error', source, message } };
}
