import { SCHEMA_VERSION } from '../types.js';
import { project, type RenderContext, type Renderer } from './renderer.js';

/** `{"schemaVersion": 1, "articles": [...]}`, written article by article, one per line. */
export function jsonRenderer(context: RenderContext): Renderer {
  let count = 0;
  const articleJson = (json: string) => (count++ ? ',\n' : '') + json;
  return {
    begin: () => `{"schemaVersion":${SCHEMA_VERSION},"articles":[\n`,
    article: (article) => articleJson(JSON.stringify(project(article, context.view))),
    articleJson,
    end: () => (count ? '\n' : '') + ']}\n',
  };
}
