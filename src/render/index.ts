import type { Format, RenderContext, Renderer } from './renderer.js';

/**
 * Each format's renderer is imported when it is asked for: a run pays at start-up only for the
 * format it writes (the HTML report alone is several modules and node:crypto).
 */
const RENDERERS: Record<Format, () => Promise<(context: RenderContext) => Renderer>> = {
  table: async () => (await import('./table.js')).tableRenderer,
  json: async () => (await import('./json.js')).jsonRenderer,
  jsonl: async () => (await import('./jsonl.js')).jsonlRenderer,
  csv: async () => (await import('./csv.js')).csvRenderer,
  tsv: async () => (await import('./csv.js')).tsvRenderer,
  html: async () => (await import('./html.js')).htmlRenderer,
};

export async function createRenderer(format: Format, context: RenderContext): Promise<Renderer> {
  return (await RENDERERS[format]())(context);
}

export { FORMATS, type Format, type View } from './renderer.js';
