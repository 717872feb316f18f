/** Rendering and reading back output, as a user's tools would. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Chalk } from 'chalk';
import { parse } from 'csv-parse/sync';
import { csvRenderer } from '../../src/render/csv.js';
import { jsonRenderer } from '../../src/render/json.js';
import { rowsOf } from '../../src/render/rows.js';
import type { Article } from '../../src/types.js';

const context = { view: 'extract' as const, chalk: new Chalk({ level: 0 }), width: 100 };

export function renderJson(articles: Article[]): string {
  const renderer = jsonRenderer(context);
  return renderer.begin() + articles.map((a) => renderer.article(a)).join('') + renderer.end();
}

export function renderCsv(articles: Article[]): string {
  const renderer = csvRenderer(context);
  return renderer.begin() + articles.map((a) => renderer.article(a)).join('') + renderer.end();
}

/** A validator for a JSON Schema (draft 2020-12), listing its errors. */
export function schemaValidator(schema: object): (value: unknown) => string[] {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

/** The CSV read back by a real parser. */
export function parseCsv(csv: string): string[][] {
  return parse(csv, { relax_quotes: false, skip_empty_lines: false }) as string[][];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as it comes back from UTF-8 bytes: a lone surrogate has no encoding and reads back as U+FFFD. */
export function asUtf8(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** What each CSV row should read back as: the statement's cells, with null as the empty field. */
export function expectedCsvRows(articles: Article[]): string[][] {
  // A text cell a spreadsheet would take for a formula reads back with the ' that makes it text (OWASP).
  const written = (cell: string | number) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell));
  return articles.flatMap((a) => rowsOf(a, 'extract')).map((row) => row.map((cell) => (cell === null ? '' : asUtf8(written(cell)))));
}
