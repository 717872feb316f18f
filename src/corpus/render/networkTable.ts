import { createRequire } from 'node:module';
import { columnWidths } from '../../render/table.js';
import type { Network } from '../types.js';
import type { CorpusRenderContext } from './context.js';

/** cli-table3 is loaded when a table is drawn, so that starting the program does not pay for it. */
const require = createRequire(import.meta.url);

const COLUMNS = [
  { head: 'speaker', min: 12, share: 3 }, { head: 'talks about', min: 12, share: 3 }, { head: 'type', min: 14, share: 0 },
  { head: 'statements', min: 12, share: 0 }, { head: 'articles', min: 10, share: 3 },
];

/** For a person at a terminal: the edges, heaviest first. */
export function* networkTable(network: Network, context: CorpusRenderContext): Iterable<string> {
  const { chalk } = context;
  const summary = `${network.nodes.length} nodes · ${network.edges.length} edges · ${network.statements} statements · ${network.articles} articles`;
  if (network.edges.length === 0) {
    yield chalk.dim(`no speaker names an entity · ${summary}`) + '\n';
    return;
  }
  const labels = new Map(network.nodes.map((n) => [n.id, n]));
  const Table = require('cli-table3') as typeof import('cli-table3');
  const table = new Table({
    head: COLUMNS.map((c) => c.head),
    colWidths: columnWidths(COLUMNS, context.width),
    wordWrap: true,
    style: chalk.level === 0 ? { head: [], border: [] } : { head: ['cyan'], border: ['grey'] },
  });
  for (const e of network.edges) {
    const target = labels.get(e.target);
    table.push([labels.get(e.source)?.label ?? e.source, target?.label ?? e.target, target?.type ?? '', String(e.weight), e.articleIds.join(' ')]);
  }
  yield table.toString() + '\n' + chalk.dim(summary) + '\n';
}
