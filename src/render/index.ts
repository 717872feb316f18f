import { csvRenderer, tsvRenderer } from './csv.js';
import { htmlRenderer } from './html.js';
import { jsonRenderer } from './json.js';
import { jsonlRenderer } from './jsonl.js';
import type { Format, RenderContext, Renderer } from './renderer.js';
import { tableRenderer } from './table.js';

const RENDERERS: Record<Format, (context: RenderContext) => Renderer> = {
  table: tableRenderer,
  json: jsonRenderer,
  jsonl: jsonlRenderer,
  csv: csvRenderer,
  tsv: tsvRenderer,
  html: htmlRenderer,
};

export function createRenderer(format: Format, context: RenderContext): Renderer {
  return RENDERERS[format](context);
}

export { FORMATS, type Format, type View } from './renderer.js';
