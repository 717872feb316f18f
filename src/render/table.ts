import { createRequire } from 'node:module';
import { countCodePoints } from '../pipeline/codePoints.js';
import type { Article } from '../types.js';
import type { RenderContext, Renderer } from './renderer.js';

type Column = { head: string; min: number; share: number };

const COLUMNS: Record<RenderContext['view'], Column[]> = {
  extract: [
    { head: '#', min: 4, share: 0 }, { head: 'speaker', min: 12, share: 2 }, { head: 'cue', min: 8, share: 1 },
    { head: 'kind', min: 10, share: 0 }, { head: 'statement', min: 20, share: 7 },
  ],
  entities: [
    { head: 'type', min: 14, share: 0 }, { head: 'name', min: 12, share: 3 }, { head: 'aliases', min: 8, share: 2 },
    { head: 'titles', min: 8, share: 2 }, { head: 'affiliation', min: 8, share: 1 }, { head: 'mentions', min: 10, share: 0 },
  ],
  tokens: [
    { head: '#', min: 7, share: 0 }, { head: 'text', min: 8, share: 2 }, { head: 'pos', min: 7, share: 0 },
    { head: 'lemma', min: 8, share: 2 }, { head: 'start', min: 8, share: 0 }, { head: 'end', min: 8, share: 0 },
    { head: 'sentence', min: 10, share: 0 },
  ],
};

/** Spreads the terminal width over the columns: fixed ones at their minimum, the rest by share. */
export function columnWidths(columns: Column[], width: number): number[] {
  const fixed = columns.reduce((sum, c) => sum + c.min, 0) + columns.length + 1;
  const spare = Math.max(0, width - fixed);
  const shares = columns.reduce((sum, c) => sum + c.share, 0);
  return columns.map((c) => c.min + (shares ? Math.floor((spare * c.share) / shares) : 0));
}

/** cli-table3 takes time superlinear in its rows (8,000 rows: 1.6 s), so long lists are printed as several tables. */
const ROWS_PER_TABLE = 500;

/** cli-table3 is loaded when a table is asked for, so that start-up for the other formats does not pay for it. */
const require = createRequire(import.meta.url);

/** For a person at a terminal: a header line per article, then a table wrapped to the width. */
export function tableRenderer(context: RenderContext): Renderer {
  const { chalk, view } = context;
  if (!chalk) throw new Error('statements: the table format needs a chalk instance in its context, found none');
  const Table = require('cli-table3') as typeof import('cli-table3');
  const columns = COLUMNS[view];
  const widths = columnWidths(columns, context.width);
  const plain = chalk.level === 0;
  const piece = (article: Article): string => {
    const rows = rowsFor(article, view);
    const header = chalk.bold(article.id) + chalk.dim(headerDetails(article, view));
    if (rows.length === 0) return `${header}\n${chalk.dim(`  no ${view === 'extract' ? 'statements' : view} found`)}\n\n`;
    const tables: string[] = [];
    for (let from = 0; from < rows.length; from += ROWS_PER_TABLE) {
      const table = new Table({
        head: columns.map((c) => c.head),
        colWidths: widths,
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: plain ? { head: [], border: [] } : { head: ['cyan'], border: ['grey'] },
      });
      for (const row of rows.slice(from, from + ROWS_PER_TABLE)) table.push(row);
      tables.push(table.toString());
    }
    return `${header}\n${tables.join('\n')}\n\n`;
  };
  return { begin: () => '', article: piece, piece, end: () => '' };
}

function headerDetails(article: Article, view: RenderContext['view']): string {
  const { meta, stats } = article;
  const parts = [meta.publisher, meta.date, meta.dateline].filter((p): p is string => typeof p === 'string');
  const counts = view === 'tokens'
    ? `${stats.tokens} tokens, ${stats.sentences} sentences`
    : `${article.statements.length} statements, ${article.entities.length} entities`;
  return parts.map((p) => ` · ${p}`).join('') + ` · ${counts}`;
}

/**
 * Longer cells are cut: the table is for reading (the JSON formats hold every character), and
 * cli-table3 wraps a cell in time quadratic in its length (64,000 characters took 2.7 s).
 */
export const LONGEST_CELL = 2000;

/** A cell safe to print: clipped, and with no control character to move the cursor or drive the terminal. */
export function tableCell(text: string): string {
  let cell = text;
  if (cell.length > LONGEST_CELL) {
    let cut = LONGEST_CELL;
    if (/[\uDC00-\uDFFF]/.test(cell[cut])) cut--;
    cell = `${cell.slice(0, cut)}… (${countCodePoints(cell.slice(cut))} more characters)`;
  }
  return cell.replace(/[\t\r\v\f]/g, ' ').replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function rowsFor(article: Article, view: RenderContext['view']): string[][] {
  return cellsFor(article, view).map((row) => row.map(tableCell));
}

function cellsFor(article: Article, view: RenderContext['view']): string[][] {
  if (view === 'entities') {
    return [...article.entities]
      .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
      .map((e) => [e.type, e.name, e.aliases.join(', '), e.titles.join('; '), e.affiliation ?? '', String(e.mentions.length)]);
  }
  if (view === 'tokens') {
    return (article.tokens ?? []).map((t, i) => [String(i), t.text, t.pos, t.lemma, String(t.start), String(t.end), String(t.sentence)]);
  }
  return article.statements.map((s, i) => [
    String(i + 1), s.speaker.name ?? '(unknown)', s.cue?.text ?? '', s.kind, s.content.text,
  ]);
}
