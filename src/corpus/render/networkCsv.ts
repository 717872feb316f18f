import { csvField } from '../../render/csv.js';
import type { Cell } from '../../render/rows.js';
import type { Network } from '../types.js';
import type { CorpusRenderContext } from './context.js';

const liner = (context: CorpusRenderContext) => (cells: Cell[]) => cells.map((cell) => csvField(cell, context.escapeFormulas)).join(',') + '\r\n';

/**
 * The edge list, one row per speaker → entity pair, with both ends' labels and types, so that
 * `pandas.read_csv` + `networkx.from_pandas_edgelist(df, "source", "target", "weight")` need nothing else.
 */
export function* networkEdgesCsv(network: Network, context: CorpusRenderContext): Iterable<string> {
  const line = liner(context);
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  yield line(['source', 'target', 'weight', 'source_label', 'source_type', 'target_label', 'target_type', 'target_affiliation', 'articles']);
  for (const e of network.edges) {
    const source = nodes.get(e.source);
    const target = nodes.get(e.target);
    yield line([
      e.source, e.target, e.weight, source?.label ?? e.source, source?.type ?? null,
      target?.label ?? e.target, target?.type ?? null, target?.affiliation ?? null, e.articleIds.join(' '),
    ]);
  }
}

/** The node table (`--nodes`): Gephi's "Id,Label" columns first. */
export function* networkNodesCsv(network: Network, context: CorpusRenderContext): Iterable<string> {
  const line = liner(context);
  yield line(['id', 'label', 'type', 'affiliation', 'statements', 'mentions', 'articles']);
  for (const n of network.nodes) yield line([n.id, n.label, n.type, n.affiliation, n.statements, n.mentions, n.articles]);
}
