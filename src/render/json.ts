import { SCHEMA_VERSION } from '../types.js';
import { project, type RenderContext, type Renderer } from './renderer.js';

/** `{"schemaVersion": 1, "articles": [...]}`, written article by article, one per line. */
export function jsonRenderer(context: RenderContext): Renderer {
  let count = 0;
  const placed = () => (count++ ? ',\n' : '');
  const piece = (article: Parameters<Renderer['article']>[0]) => JSON.stringify(project(article, context.view));
  return {
    begin: () => `{"schemaVersion":${SCHEMA_VERSION},"articles":[\n`,
    article: (article) => placed() + piece(article),
    piece,
    placed,
    end: () => (count ? '\n' : '') + ']}\n',
  };
}
