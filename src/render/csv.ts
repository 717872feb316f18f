import { HEADERS, rowsOf, type Cell } from './rows.js';
import type { RenderContext, Renderer } from './renderer.js';

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, lines end in CRLF. */
export function csvField(cell: Cell): string {
  const s = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** TSV cannot hold tabs or line breaks in a field: they become spaces (offsets still point into the text). */
export function tsvField(cell: Cell): string {
  return cell === null ? '' : String(cell).replace(/[\t\r\n]/g, ' ');
}

function delimited(context: RenderContext, field: (cell: Cell) => string, separator: string, eol: string): Renderer {
  const line = (cells: Cell[]) => cells.map(field).join(separator) + eol;
  return {
    begin: () => line(HEADERS[context.view]),
    article: (article) => rowsOf(article, context.view).map(line).join(''),
    end: () => '',
  };
}

export const csvRenderer = (context: RenderContext): Renderer => delimited(context, csvField, ',', '\r\n');
export const tsvRenderer = (context: RenderContext): Renderer => delimited(context, tsvField, '\t', '\n');
