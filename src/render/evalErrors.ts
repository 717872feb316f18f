import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { EvalError } from '../eval/errors.js';
import { columnWidths } from './table.js';

export interface EvalErrorsContext {
  chalk: ChalkInstance;
  width: number;
}

const COLUMNS = [
  { head: 'article', min: 10, share: 1 }, { head: 'error', min: 16, share: 0 }, { head: 'label', min: 14, share: 0 },
  { head: 'gold', min: 10, share: 1 }, { head: 'predicted', min: 11, share: 1 }, { head: 'at', min: 11, share: 0 },
  { head: 'snippet', min: 20, share: 5 },
];

function describe(error: EvalError): string {
  return error.error === 'false-positive' ? 'false positive' : error.error === 'wrong-speaker' ? 'wrong speaker' : 'missed';
}

/** Every miss, false positive and wrong speaker, statements first, with where it is and a snippet of the text. */
export function renderEvalErrors(errors: EvalError[], context: EvalErrorsContext): string {
  const { chalk } = context;
  const plain = chalk.level === 0;
  const colour = (error: EvalError, text: string) => (error.error === 'missed' ? chalk.yellow(text) : error.error === 'false-positive' ? chalk.red(text) : chalk.magenta(text));
  const out: string[] = [];
  for (const layer of ['statement', 'entity'] as const) {
    const rows = errors.filter((e) => e.layer === layer);
    out.push(chalk.bold(`${layer} errors`) + chalk.dim(` · ${rows.length}`));
    if (rows.length === 0) {
      out.push(chalk.dim('  none'), '');
      continue;
    }
    const table = new Table({
      head: COLUMNS.map((c) => c.head),
      colWidths: columnWidths(COLUMNS, context.width),
      wordWrap: true,
      wrapOnWordBoundary: false,
      style: plain ? { head: [], border: [] } : { head: ['cyan'], border: ['grey'] },
    });
    for (const e of rows) {
      const at = e.start === null ? '' : `${e.start}–${e.end}`;
      table.push([`${e.corpus}/${e.article}`, colour(e, describe(e)), e.label, e.gold ?? '', e.predicted ?? '', at, e.snippet]);
    }
    out.push(table.toString(), '');
  }
  return out.join('\n') + '\n';
}
