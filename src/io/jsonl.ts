import type { ArticleInput, Problem } from '../types.js';
import { decodeText } from './decode.js';

export interface JsonlFields {
  textField: string;
  idField: string;
}

export type JsonlItem = { ok: true; article: ArticleInput } | { ok: false; problem: Problem } | { ok: null };

/** One JSONL line → an article, a problem, or nothing (blank line). */
export function parseJsonlLine(bytes: Buffer, source: string, fallbackId: string, fields: JsonlFields): JsonlItem {
  const fail = (code: string, message: string): JsonlItem => ({ ok: false, problem: { code, severity: 'error', source, message } });
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(decoded.code, decoded.message);
  const line = decoded.text.replace(/\r$/, '');
  if (line.trim() === '') return { ok: null };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail('json', `malformed JSON line (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('json', 'expected a JSON object per line, found ' + (Array.isArray(value) ? 'an array' : typeof value));
  }
  const record = value as Record<string, unknown>;
  const text = record[fields.textField];
  if (typeof text !== 'string') {
    return fail('field', `expected a string field "${fields.textField}" (see --text-field), found ${text === undefined ? 'none' : typeof text}`);
  }
  const rawId = record[fields.idField];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : fallbackId;
  const meta: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) if (key !== fields.textField && key !== fields.idField) meta[key] = v;
  return { ok: true, article: { id, source, text: text.replace(/^\uFEFF/, ''), meta } };
}
