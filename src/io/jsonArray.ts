import type { ArticleInput, Problem } from '../types.js';
import { decodeText } from './decode.js';
import { recordArticle, type JsonlFields } from './jsonl.js';

export type JsonArrayItem = { ok: true; article: ArticleInput } | { ok: false; problem: Problem };

/** A `.json` file is parsed whole; past this size JSONL (one article a line) is the way. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

/**
 * The articles of a `.json` file: an array of records like JSONL lines (source `path:N` for the
 * N-th, from 1), or one such record. Our own `--format json` output is named as such.
 */
export function jsonArticles(bytes: Uint8Array, path: string, name: string, fields: JsonlFields): JsonArrayItem[] {
  const fail = (code: string, message: string): JsonArrayItem[] => [{ ok: false, problem: { code, severity: 'error', source: path, message } }];
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(decoded.code, decoded.message);
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return fail('json', `malformed JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) {
    if (value && typeof value === 'object' && 'schemaVersion' in value && 'articles' in value) {
      return fail('json', 'this is statements output, not articles (`statements speakers` and `network` read it)');
    }
    value = [value];
  }
  const records = value as unknown[];
  if (records.length === 0) return fail('empty', 'empty JSON array (no articles)');
  return records.map((record, i) => {
    const item = recordArticle(record, `${path}:${i + 1}`, `${name}:${i + 1}`, fields, 'per array element');
    return item.ok === null ? { ok: false, problem: { code: 'json', severity: 'error', source: `${path}:${i + 1}`, message: 'expected an article' } } : item;
  });
}
