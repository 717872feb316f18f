import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ArticleSummary } from '../eval/report.js';

const fixed = (value: number | null): string => (value === null ? '–' : value.toFixed(2));

/** One row per article, to see where the tool does worst. */
export function renderEvalArticles(articles: ArticleSummary[], chalk: ChalkInstance): string {
  const plain = chalk.level === 0;
  const table = new Table({
    head: ['corpus', 'article', 'stmt gold', 'pred', 'matched', 'F1', 'speaker', 'ent gold', 'pred', 'matched', 'F1'],
    colAligns: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: plain ? { head: [], border: [] } : { head: ['cyan'], border: ['grey'] },
  });
  for (const a of articles) {
    const s = a.statements;
    const e = a.entities;
    table.push([a.corpus, a.article, s.gold, s.predicted, s.matched, fixed(s.f1), fixed(s.speakerAccuracy), e.gold, e.predicted, e.matched, fixed(e.f1)].map(String));
  }
  return `${chalk.bold('articles')}\n${table.toString()}\n\n`;
}
