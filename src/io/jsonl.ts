import type { ArticleInput, Problem } from '../types.js';
import { decodeText } from './decode.js';

export interface JsonlFields {
  textField: string;
  idField: string;
}

export type JsonlItem = { ok: true; article: ArticleInput } | { ok: false; problem: Problem } | { ok: null };

/** One JSONL line → an article, a problem, or nothing (blank line). */
export function parseJsonlLine(bytes: Buffer, source: string, fallbackId: string, fields: JsonlFields): JsonlItem {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failure(source, decoded.code, decoded.message);
  const line = decoded.text.replace(/\r$/, '');
  if (line.trim() === '') return { ok: null };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return failure(source, 'json', `malformed JSON line (${(error as Error).message})`);
  }
  return recordArticle(value, source, fallbackId, fields, 'per line');
}

/**
 * One JSON record (a JSONL line, an element of a JSON array) → an article. The text is kept exactly
 * as given, a leading byte order mark too, so that offsets count in the user's own string. An id is
 * a string, or a whole number JavaScript reads exactly; anything else (1.5, 12345678901234567890,
 * an object) could not be joined back to the record and is an error.
 */
export function recordArticle(value: unknown, source: string, fallbackId: string, fields: JsonlFields, where: string): JsonlItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(source, 'json', `expected a JSON object ${where}, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const text = record[fields.textField];
  if (typeof text !== 'string') {
    return failure(source, 'field', `expected a string field "${fields.textField}" (see --text-field), found ${text === undefined ? 'none' : typeof text}`);
  }
  const rawId = record[fields.idField];
  let id = fallbackId;
  if (typeof rawId === 'string') id = rawId;
  else if (typeof rawId === 'number' && Number.isSafeInteger(rawId)) id = String(rawId);
  else if (rawId !== undefined) {
    const found = typeof rawId === 'number' ? `the number ${rawId} (only whole numbers up to 2^53 are read exactly: write ids as strings)` : rawId === null ? 'null' : Array.isArray(rawId) ? 'an array' : typeof rawId;
    return failure(source, 'id', `expected the id field "${fields.idField}" (see --id-field) to be a string, found ${found}`);
  }
  const meta: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) if (key !== fields.textField && key !== fields.idField) meta[key] = v;
  return { ok: true, article: { id, source, text, meta } };
}

function failure(source: string, code: string, message: string): JsonlItem {
  return { ok: false, problem: { code, severity: 'error', source, message } };
}
