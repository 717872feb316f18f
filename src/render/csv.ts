import { HEADERS, rowsOf, type Cell } from './rows.js';
import type { RenderContext, Renderer } from './renderer.js';

/**
 * A spreadsheet takes a cell that starts with one of these for a formula (`=HYPERLINK(...)` in an
 * id or a quote would run when the file is opened). As OWASP's advice on CSV injection has it, such
 * a text cell gets a leading `'`, which makes it text, and is quoted; `--no-escape-formulas` leaves
 * cells as they are, for programs that read the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const isFormula = (cell: Cell, escapeFormulas: boolean): cell is string => escapeFormulas && typeof cell === 'string' && FORMULA_START.test(cell);

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF. */
export function csvField(cell: Cell, escapeFormulas: boolean): string {
  if (isFormula(cell, escapeFormulas)) return `"'${cell.replace(/"/g, '""')}"`;
  const s = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** TSV cannot hold tabs or line breaks in a field: they become spaces (offsets still point into the text). */
export function tsvField(cell: Cell, escapeFormulas: boolean): string {
  const s = cell === null ? '' : String(cell).replace(/[\t\r\n]/g, ' ');
  return isFormula(cell, escapeFormulas) ? `'${s}` : s;
}

function delimited(context: RenderContext, field: (cell: Cell, escapeFormulas: boolean) => string, separator: string, eol: string): Renderer {
  const escape = context.escapeFormulas ?? true;
  const line = (cells: Cell[]) => cells.map((cell) => field(cell, escape)).join(separator) + eol;
  const piece = (article: Parameters<Renderer['article']>[0]) => rowsOf(article, context.view).map(line).join('');
  return {
    begin: () => line(HEADERS[context.view]),
    article: piece,
    piece,
    end: () => '',
  };
}

export const csvRenderer = (context: RenderContext): Renderer => delimited(context, csvField, ',', '\r\n');
export const tsvRenderer = (context: RenderContext): Renderer => delimited(context, tsvField, '\t', '\n');
