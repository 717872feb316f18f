import type { Format, PieceSpec, RenderContext, Renderer } from './renderer.js';

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

/** The spec a worker needs to make this renderer's pieces, or null when the format makes none (html). */
export function pieceSpecOf(format: Format, context: RenderContext, renderer: Renderer): PieceSpec | null {
  if (!renderer.piece) return null;
  return { format, view: context.view, colorLevel: context.chalk?.level ?? 0, width: context.width, escapeFormulas: context.escapeFormulas ?? true };
}

/** In a worker: the renderer of the spec, whose `piece` is byte for byte that of the writing thread's. */
export async function pieceRenderer(spec: PieceSpec): Promise<Renderer> {
  // Only tables colour; chalk is loaded for them alone.
  const chalk = spec.format === 'table' ? new (await import('chalk')).Chalk({ level: spec.colorLevel }) : undefined;
  return createRenderer(spec.format, { view: spec.view, chalk, width: spec.width, escapeFormulas: spec.escapeFormulas });
}

export { FORMATS, type Format, type PieceSpec, type View } from './renderer.js';
