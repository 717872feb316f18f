import { createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { Article, Problem } from '../types.js';
import { decodeText } from './decode.js';
import { byteLines } from './lines.js';

/**
 * Reading our own output back (`extract --format jsonl` or `--format json`), so that a corpus is
 * analysed once and aggregated many times. An extracted article is told apart from an input
 * article by its shape: it has `statements` and `entities` arrays.
 */
export type ExtractedItem = { ok: true; article: Article } | { ok: false; problem: Problem };

export function isExtractedArticle(value: unknown): value is Article {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return Array.isArray(record.statements) && Array.isArray(record.entities) && (typeof record.id === 'string' || typeof record.id === 'number');
}

/** Whether a line (the first of a file or stream) is our output: `--format json`'s opening or an extracted article. */
export function looksExtracted(firstLine: string): boolean {
  const line = firstLine.trim().replace(/,$/, '');
  if (/^\{\s*"schemaVersion"\s*:\s*\d+\s*,\s*"articles"\s*:\s*\[/.test(line)) return true;
  try {
    return isExtractedArticle(JSON.parse(line));
  } catch {
    return false;
  }
}

/** The first non-blank line of a file, or '' (the file is not read further). */
export async function firstLineOf(path: string): Promise<string> {
  try {
    for await (const { bytes } of byteLines(createReadStream(path))) {
      const line = bytes.toString('utf8').replace(/^\uFEFF/, '');
      if (line.trim() !== '') return line;
    }
  } catch {
    // unreadable: the reader that follows reports it
  }
  return '';
}

/** Extracted articles, line by line: JSONL, or `--format json` (one article per line inside the wrapper). */
export async function* readExtracted(stream: AsyncIterable<Buffer> | Readable, path: string): AsyncGenerator<ExtractedItem> {
  try {
    for await (const { line, bytes } of byteLines(stream)) {
      const source = `${path}:${line}`;
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        yield fail(source, decoded.code, decoded.message);
        continue;
      }
      const text = decoded.text.replace(/^\uFEFF/, '').trim();
      if (text === '' || text === ']}' || /^\{\s*"schemaVersion"[^[]*\[$/.test(text)) continue;
      if (line === 1 && text === '{' && extname(path).toLowerCase() === '.json') {
        yield* readWholeJson(path);
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text.replace(/,$/, ''));
      } catch (error) {
        yield fail(source, 'json', `malformed JSON line (${(error as Error).message})`);
        continue;
      }
      if (isExtractedArticle(value)) yield { ok: true, article: { ...value, id: String(value.id), meta: value.meta ?? {} } };
      else yield fail(source, 'shape', 'expected an extracted article (an object with "statements" and "entities" arrays)');
    }
  } catch (error) {
    yield fail(path, 'unreadable', (error as Error).message);
  }
}

/** A pretty-printed `{"schemaVersion", "articles": [...]}` (as `jq .` writes it) is parsed whole. */
function* readWholeJson(path: string): Generator<ExtractedItem> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    yield fail(path, 'json', `malformed JSON (${(error as Error).message})`);
    return;
  }
  const articles = (value as { articles?: unknown }).articles;
  if (!Array.isArray(articles)) {
    yield fail(path, 'shape', 'expected {"schemaVersion": 1, "articles": [...]} as `statements extract --format json` writes it');
    return;
  }
  for (const [i, article] of articles.entries()) {
    if (isExtractedArticle(article)) yield { ok: true, article: { ...article, id: String(article.id), meta: article.meta ?? {} } };
    else yield fail(`${path}: article ${i + 1}`, 'shape', 'expected an extracted article (an object with "statements" and "entities" arrays)');
  }
}

function fail(source: string, code: string, message: string): ExtractedItem {
  return { ok: false, problem: { code, severity: 'error', source, message } };
}
