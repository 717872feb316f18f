import type { Network } from '../types.js';
import { escapeXml } from './xml.js';

/** [key id, owner, attribute name, GraphML type]: key ids are unique, so nodes and edges may share a name. */
const KEYS = [
  ['label', 'node', 'label', 'string'], ['type', 'node', 'type', 'string'], ['affiliation', 'node', 'affiliation', 'string'],
  ['statements', 'node', 'statements', 'int'], ['mentions', 'node', 'mentions', 'int'], ['articles', 'node', 'articles', 'int'],
  ['weight', 'edge', 'weight', 'int'], ['articleIds', 'edge', 'articles', 'string'],
] as const;

/** GraphML, as networkx (`nx.read_graphml`) and igraph (`Graph.Read_GraphML`) read it. */
export function* networkGraphml(network: Network): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [id, owner, name, type] of KEYS) yield `  <key id="${id}" for="${owner}" attr.name="${name}" attr.type="${type}"/>\n`;
  yield '  <graph id="statements" edgedefault="directed">\n';
  for (const n of network.nodes) {
    const fields: [string, string | number | null][] = [
      ['label', n.label], ['type', n.type], ['affiliation', n.affiliation], ['statements', n.statements], ['mentions', n.mentions], ['articles', n.articles],
    ];
    yield `    <node id="${escapeXml(n.id)}">${data(fields)}</node>\n`;
  }
  let id = 0;
  for (const e of network.edges) {
    const fields: [string, string | number | null][] = [['weight', e.weight], ['articleIds', e.articleIds.length ? e.articleIds.join(' ') : null]];
    yield `    <edge id="e${id++}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data(fields)}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function data(fields: [string, string | number | null][]): string {
  return fields.filter(([, v]) => v !== null).map(([key, v]) => `<data key="${key}">${escapeXml(v ?? '')}</data>`).join('');
}
