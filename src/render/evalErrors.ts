import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { EvalError } from '../eval/errors.js';
import { columnWidths } from './table.js';

export interface EvalErrorsContext {
  chalk: ChalkInstance;
  width: number;
}

const COLUMNS = {
  statement: [
    { head: 'at', min: 11, share: 0 }, { head: 'error', min: 16, share: 0 }, { head: 'kind', min: 10, share: 0 },
    { head: 'gold speaker', min: 12, share: 1 }, { head: 'predicted speaker', min: 12, share: 1 }, { head: 'content', min: 20, share: 4 },
  ],
  entity: [
    { head: 'at', min: 11, share: 0 }, { head: 'error', min: 16, share: 0 }, { head: 'type', min: 14, share: 0 },
    { head: 'gold', min: 12, share: 1 }, { head: 'predicted', min: 12, share: 1 }, { head: 'in the text', min: 20, share: 3 },
  ],
};

const WORDS: Record<EvalError['error'], string> = { missed: 'missed', 'false-positive': 'false positive', 'wrong-speaker': 'wrong speaker' };

/** Errors grouped by article, keeping their order. */
function byArticle(errors: EvalError[]): [string, EvalError[]][] {
  const groups = new Map<string, EvalError[]>();
  for (const e of errors) {
    const key = `${e.article} (${e.corpus})`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups];
}

/**
 * Every miss, false positive and wrong speaker, per layer and article, with where it is and a snippet
 * of the text. Under the offsets of a missed or false statement: the closest statement on the other side.
 */
export function renderEvalErrors(errors: EvalError[], context: EvalErrorsContext): string {
  const { chalk } = context;
  const plain = chalk.level === 0;
  const colour = { missed: chalk.yellow, 'false-positive': chalk.red, 'wrong-speaker': chalk.magenta };
  const out: string[] = [];
  for (const layer of ['statement', 'entity'] as const) {
    const layerErrors = errors.filter((e) => e.layer === layer);
    out.push(chalk.bold(`${layer} errors`) + chalk.dim(` · ${layerErrors.length}`) + '\n');
    for (const [article, rows] of byArticle(layerErrors)) {
      const table = new Table({
        head: COLUMNS[layer].map((c) => c.head),
        colWidths: columnWidths(COLUMNS[layer], context.width),
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: plain ? { head: [], border: [] } : { head: ['cyan'], border: ['grey'] },
      });
      for (const e of rows) {
        const near = e.nearest ? chalk.dim(`\n≈${e.nearest.start}–${e.nearest.end}\nIoU ${e.nearest.iou.toFixed(2)}`) : '';
        const at = e.start === null ? '' : `${e.start}–${e.end}${near}`;
        const predicted = e.error === 'wrong-speaker' ? (e.predicted ?? '(none)') : (e.predicted ?? '');
        table.push([at, colour[e.error](WORDS[e.error]), e.label, e.gold ?? '', predicted, e.snippet]);
      }
      out.push(chalk.bold(article) + chalk.dim(` · ${rows.length}`), table.toString() + '\n');
    }
  }
  return out.join('\n') + '\n';
}
