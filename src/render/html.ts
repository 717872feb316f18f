import type { Article } from '../types.js';
import { articleSection, articleTitle } from './htmlArticle.js';
import { escapeHtml as esc } from './htmlEscape.js';
import { pageFoot, pageHead } from './htmlPage.js';
import type { RenderContext, Renderer } from './renderer.js';

interface IndexEntry {
  anchor: string;
  title: string;
  statements: number;
  entities: number;
}

/**
 * One self-contained HTML page: inline style and script, nothing from the network. Written
 * article by article; the index of several articles comes last in the file and is placed at
 * the top by the style sheet, so no article has to be held back.
 */
export function htmlRenderer(context: RenderContext): Renderer {
  const withStatements = context.view !== 'entities';
  const index: IndexEntry[] = [];
  return {
    needsText: true,
    begin: () => pageHead(withStatements ? 'statements: who said what' : 'statements: entities', withStatements),
    article: (article: Article, text: string) => {
      const anchor = `a${index.length + 1}`;
      index.push({ anchor, title: articleTitle(article), statements: article.statements.length, entities: article.entities.length });
      return articleSection(article, text, anchor, withStatements);
    },
    end: () => pageFoot(index.length > 1 ? articleIndex(index, withStatements) : ''),
  };
}

function articleIndex(entries: IndexEntry[], withStatements: boolean): string {
  const items = entries.map((e) => {
    const counts = [withStatements ? `${e.statements} statements` : '', `${e.entities} entities`].filter(Boolean).join(', ');
    return `<li><a href="#${e.anchor}">${esc(e.title)}</a><span class="counts">${counts}</span></li>`;
  });
  return `<nav class="index" aria-label="articles"><h2>${entries.length} articles</h2><ol${entries.length > 8 ? ' class="many"' : ''}>${items.join('')}</ol></nav>\n`;
}
