import { SCHEMA_VERSION } from '../../types.js';
import type { Network, NetworkDocument } from '../types.js';

/**
 * networkx's node-link shape (`nx.node_link_graph(data, edges="edges")`): nodes and edges,
 * one per line, with the corpus counts under "graph".
 */
export function* networkJson(network: Network): Iterable<string> {
  const graph: NetworkDocument['graph'] = { schemaVersion: SCHEMA_VERSION, articles: network.articles, statements: network.statements };
  yield `{"directed":true,"multigraph":false,"graph":${JSON.stringify(graph)},"nodes":[\n`;
  yield* lines(network.nodes);
  yield '],"edges":[\n';
  yield* lines(network.edges);
  yield ']}\n';
}

function* lines(items: object[]): Iterable<string> {
  let first = true;
  for (const item of items) {
    yield (first ? '' : ',\n') + JSON.stringify(item);
    first = false;
  }
  if (!first) yield '\n';
}
