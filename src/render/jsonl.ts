import { project, type RenderContext, type Renderer } from './renderer.js';

/** One article per line: the corpus format. */
export function jsonlRenderer(context: RenderContext): Renderer {
  return {
    begin: () => '',
    article: (article) => JSON.stringify(project(article, context.view)) + '\n',
    articleJson: (json) => json + '\n',
    end: () => '',
  };
}
