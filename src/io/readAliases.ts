import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDelimited } from './delimited.js';

export type AliasPairs = { ok: true; pairs: [string, string][] } | { ok: false; message: string };

/**
 * A user's alias file, name → canonical name: JSON (`{"name": "canonical"}` or `[["name", "canonical"]]`
 * or `[{"name", "canonical"}]`) or CSV/TSV with two columns (a "name,canonical" header is skipped).
 */
export function readAliases(path: string): AliasPairs {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { ok: false, message: `cannot read the alias file ${path}: ${(error as Error).message}` };
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.json' || /^\s*[[{]/.test(text)) return aliasesFromJson(text, path);
  const rows = parseDelimited(text, extension === '.tsv' ? '\t' : ',');
  if (rows.length > 0 && /^(name|alias)$/i.test(rows[0][0]?.trim() ?? '') && /^canonical/i.test(rows[0][1]?.trim() ?? '')) rows.shift();
  const bad = rows.findIndex((row) => row.length < 2 || !row[0].trim() || !row[1].trim());
  if (bad >= 0) return { ok: false, message: `${path}: row ${bad + 1}: expected two columns, name and canonical name, found "${rows[bad].join(',')}"` };
  return { ok: true, pairs: rows.map((row) => [row[0].trim(), row[1].trim()]) };
}

function aliasesFromJson(text: string, path: string): AliasPairs {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${path}: malformed JSON (${(error as Error).message})` };
  }
  const pairs: [string, string][] = [];
  const entries: unknown[] = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.entries(value) : [];
  for (const entry of entries) {
    const pair = Array.isArray(entry) ? entry : entry && typeof entry === 'object' ? [(entry as Record<string, unknown>).name, (entry as Record<string, unknown>).canonical] : [];
    if (typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      return { ok: false, message: `${path}: expected name → canonical name pairs of strings, found ${JSON.stringify(entry)}` };
    }
    pairs.push([pair[0], pair[1]]);
  }
  if (pairs.length === 0) return { ok: false, message: `${path}: expected an object of name → canonical name, found no pairs` };
  return { ok: true, pairs };
}
