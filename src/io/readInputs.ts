import { readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ArticleInput, Problem } from '../types.js';
import { decodeText, utf16Encoding } from './decode.js';
import { idOf, inputKind, isGz, openFile } from './inputFiles.js';
import { jsonArticles, MAX_JSON_BYTES } from './jsonArray.js';
import { parseJsonlLine, type JsonlFields } from './jsonl.js';
import { readBounded, type BoundedRead } from './readBounded.js';
import { byteLines } from './lines.js';
import { expandPaths, type PathItem } from './walk.js';

export type InputFormat = 'auto' | 'text' | 'jsonl';
export { inputKind, isJsonl, type InputKind } from './inputFiles.js';

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
    if (item.path === '-') {
      yield* readStdin(options);
      continue;
    }
    const kind = inputKind(item.path, options);
    if (kind === 'jsonl') yield* readJsonl(openFile(item.path), item.path, options);
    else if (kind === 'json') yield* readJsonFile(item.path, options);
    else yield await readTextFile(item.path, options);
  }
}

/** What a failed read says: a `.gz` that is not gzip is named as such. */
function readError(path: string, error: unknown): InputItem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return fail(path, 'gzip', `not a complete gzip file (${(error as Error).message})`);
  return fail(path, 'unreadable', (error as Error).message);
}

/** Bytes the longest allowed article can take: at most 3 bytes of UTF-8 per UTF-16 code unit, or 2 of UTF-16, and a byte order mark. */
const maxBytes = (options: InputOptions) => options.maxChars * 3 + 3;
/** A JSONL line may spell each code unit as \\uXXXX (6 bytes), and carries other fields beside its text. */
const maxLineBytes = (options: InputOptions) => options.maxChars * 6 + 65536;

async function readTextFile(path: string, options: InputOptions): Promise<InputItem> {
  try {
    const stat = statSync(path);
    if (stat.isFile() && !isGz(path)) {
      if (stat.size > maxBytes(options)) return tooLarge(path, options);
      return textArticle(readFileSync(path), path, idOf(path), options);
    }
    // A pipe, a device or a compressed file: its size is known only once read, so the limit applies while reading.
    const read = await readBounded(openFile(path), maxBytes(options));
    if (!read.ok) return read.reason === 'too-large' ? tooLarge(path, options) : fail(path, 'binary', BINARY);
    return textArticle(read.bytes, path, idOf(path), options);
  } catch (error) {
    return readError(path, error);
  }
}

const BINARY = 'binary file (contains NUL bytes), expected UTF-8 text';

/** A page as a browser gets it: its markup would be analysed as words, and offsets would point into tags. */
const HTML_START = /^\s*(<!--[^]*?-->\s*)*<(!doctype\s+html|html)[\s>]/i;

function textArticle(bytes: Uint8Array, source: string, id: string, options: InputOptions): InputItem {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(source, decoded.code, decoded.message);
  const text = decoded.text;
  if (text.trim() === '') return fail(source, 'empty', 'empty article (no text)');
  if (text.length > options.maxChars) return tooLarge(source, options);
  if (HTML_START.test(text.slice(0, 4096))) return fail(source, 'html', 'an HTML page, not analysed: extract its text first (for example `pandoc -t plain`)');
  return { ok: true, article: { id, source, text, meta: {} } };
}

/** A checked article from a record: not empty, not over --max-chars. */
function checked(item: InputItem, options: InputOptions): InputItem {
  if (!item.ok) return item;
  if (item.article.text.length > options.maxChars) return tooLarge(item.article.source, options);
  if (item.article.text.trim() === '') return fail(item.article.source, 'empty', 'empty article (no text)');
  return item;
}

async function* readJsonFile(path: string, options: InputOptions): AsyncGenerator<InputItem> {
  let read: BoundedRead;
  try {
    read = await readBounded(openFile(path), MAX_JSON_BYTES);
  } catch (error) {
    yield readError(path, error);
    return;
  }
  if (!read.ok) {
    yield read.reason === 'binary' ? fail(path, 'binary', BINARY) : fail(path, 'too-large', `JSON file larger than ${MAX_JSON_BYTES / 1024 / 1024} MB: give it as JSONL, one article a line (jq -c '.[]')`);
    return;
  }
  for (const item of jsonArticles(read.bytes, path, idOf(path), options)) yield checked(item, options);
}

async function* readJsonl(stream: AsyncIterable<Buffer> | Readable, path: string, options: InputOptions): AsyncGenerator<InputItem> {
  const name = path === '-' ? 'stdin' : idOf(path);
  try {
    for await (const { line, bytes, tooLong } of byteLines(stream, maxLineBytes(options))) {
      const source = `${path}:${line}`;
      if (line === 1 && utf16Encoding(bytes)) {
        yield fail(path, 'encoding', 'JSONL in UTF-16, expected UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)');
        return;
      }
      if (tooLong) {
        yield tooLarge(source, options);
        continue;
      }
      const item = parseJsonlLine(bytes, source, `${name}:${line}`, options);
      if (item.ok !== null) yield checked(item, options);
    }
  } catch (error) {
    yield readError(path, error);
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
  const read = await readBounded(rest, maxBytes(options));
  if (!read.ok) yield read.reason === 'too-large' ? tooLarge('-', options) : fail('-', 'binary', BINARY);
  else yield textArticle(read.bytes, '-', 'stdin', options);
}

function tooLarge(source: string, options: InputOptions): InputItem {
  return fail(source, 'too-large', `article larger than --max-chars ${options.maxChars}, skipped`);
}

function fail(source: string, code: string, message: string): InputItem {
  return { ok: false, problem: { code, severity: 'error', source, message } };
}
