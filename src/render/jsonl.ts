import { project, type RenderContext, type Renderer } from './renderer.js';

/** One article per line: the corpus format. */
export function jsonlRenderer(context: RenderContext): Renderer {
  const piece = (article: Parameters<Renderer['article']>[0]) => JSON.stringify(project(article, context.view)) + '\n';
  return {
    begin: () => '',
    article: piece,
    piece,
    end: () => '',
  };
}
