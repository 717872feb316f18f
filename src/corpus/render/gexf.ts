import type { Network } from '../types.js';
import { escapeXml } from './xml.js';

const NODE_ATTRIBUTES = [
  ['type', 'string'], ['affiliation', 'string'], ['statements', 'integer'], ['mentions', 'integer'], ['articles', 'integer'],
] as const;

/** GEXF 1.2, the format Gephi opens natively (networkx reads it with `nx.read_gexf`). */
export function* networkGexf(network: Network): Iterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n';
  yield `  <meta><creator>statements</creator><description>speakers and the entities their statements name, from ${network.articles} articles</description></meta>\n`;
  yield '  <graph mode="static" defaultedgetype="directed">\n';
  yield '    <attributes class="node">\n';
  for (const [id, type] of NODE_ATTRIBUTES) yield `      <attribute id="${id}" title="${id}" type="${type}"/>\n`;
  yield '    </attributes>\n';
  yield '    <attributes class="edge">\n      <attribute id="articles" title="articles" type="string"/>\n    </attributes>\n';
  yield '    <nodes>\n';
  for (const n of network.nodes) {
    const values = NODE_ATTRIBUTES.map(([id]) => [id, n[id]] as const).filter(([, v]) => v !== null);
    const attvalues = values.map(([id, v]) => `<attvalue for="${id}" value="${escapeXml(v ?? '')}"/>`).join('');
    yield `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}"><attvalues>${attvalues}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let id = 0;
  for (const e of network.edges) {
    const articles = e.articleIds.length ? `<attvalues><attvalue for="articles" value="${escapeXml(e.articleIds.join(' '))}"/></attvalues>` : '';
    yield `      <edge id="${id++}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" weight="${e.weight}">${articles}</edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
