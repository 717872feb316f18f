import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { NO_ALIASES } from '../../src/corpus/aliases.js';
import { buildNetwork } from '../../src/corpus/buildNetwork.js';
import { networkGexf } from '../../src/corpus/render/gexf.js';
import { networkGraphml } from '../../src/corpus/render/graphml.js';
import type { CorpusRenderContext } from '../../src/corpus/render/context.js';
import { networkEdgesCsv } from '../../src/corpus/render/networkCsv.js';
import { networkJson } from '../../src/corpus/render/networkJson.js';
import { createTally, tallyArticle } from '../../src/corpus/tally.js';
import type { Network } from '../../src/corpus/types.js';
import { buildArticle } from './build.js';
import { CORPUS } from './fixtures.js';

function networkOf(articles = CORPUS, allEntities = false): Network {
  const tally = createTally();
  for (const article of articles) tallyArticle(tally, article, { aliases: NO_ALIASES, articleIds: true });
  return buildNetwork(tally, { allEntities });
}

const network = networkOf();
const edgeList = (n: Network) => n.edges.map((e) => `${e.source} -> ${e.target} ${e.weight} [${e.articleIds.join(' ')}]`).sort();

describe('buildNetwork', () => {
  it('has an edge from each speaker to each entity their statements name, with the articles', () => {
    expect(edgeList(network)).toEqual([
      'ana vale -> borland council 1 [first]',
      'ana vale -> kestrel bank 1 [second]',
      'ana vale -> tomas brenner 1 [first]',
      'officials -> ana vale 1 [third]',
      'tomas brenner -> ana vale 1 [first]',
    ]);
  });

  it('has one node per speaker or entity named, a speaker who is also spoken about being one node', () => {
    expect(network.nodes.map((n) => n.id).sort()).toEqual(['ana vale', 'borland council', 'kestrel bank', 'officials', 'tomas brenner']);
    expect(network.nodes.find((n) => n.id === 'ana vale')).toMatchObject({ label: 'Ana Vale', type: 'person', affiliation: 'Borland', statements: 3, mentions: 5, articles: 3 });
    expect(network.nodes.find((n) => n.id === 'kestrel bank')).toMatchObject({ type: 'organization', statements: 0, mentions: 2 });
  });

  it('weights an edge by the statements behind it, across articles', () => {
    const again = buildArticle('fourth', null, [{ name: 'Ana Vale', type: 'person' }, { name: 'Kestrel Bank', type: 'organization' }], [
      { by: 'Ana Vale', about: ['Kestrel Bank'] }, { by: 'Ana Vale', about: ['Kestrel Bank'] },
    ]);
    expect(networkOf([...CORPUS, again]).edges.find((e) => e.target === 'kestrel bank')).toEqual({ source: 'ana vale', target: 'kestrel bank', weight: 3, articleIds: ['second', 'fourth'] });
  });

  it('leaves out entities nobody names unless asked', () => {
    const quiet = buildArticle('quiet', null, [{ name: 'Lake Orma', type: 'place' }], []);
    expect(networkOf([...CORPUS, quiet]).nodes.some((n) => n.id === 'lake orma')).toBe(false);
    expect(networkOf([...CORPUS, quiet], true).nodes.some((n) => n.id === 'lake orma')).toBe(true);
  });
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'data', 'attvalue', 'key', 'attribute'].includes(name) });
const render = (chunks: Iterable<string>) => [...chunks].join('');

describe('network files', () => {
  it('GraphML parses as XML, with every node and edge and their data', () => {
    const xml = render(networkGraphml(network));
    expect(XMLValidator.validate(xml)).toBe(true);
    const graph = parser.parse(xml).graphml.graph;
    expect(graph.edgedefault).toBe('directed');
    const keys = new Map<string, string>(parser.parse(xml).graphml.key.map((k: { id: string; 'attr.name': string }) => [k.id, k['attr.name']]));
    const dataOf = (item: { data: { key: string; '#text': string | number }[] }) => Object.fromEntries(item.data.map((d) => [keys.get(d.key), String(d['#text'])]));
    expect(graph.node).toHaveLength(5);
    const vale = graph.node.find((n: { id: string }) => n.id === 'ana vale');
    expect(dataOf(vale)).toMatchObject({ label: 'Ana Vale', type: 'person', affiliation: 'Borland', statements: '3' });
    const edges = graph.edge.map((e: { source: string; target: string; data: { key: string; '#text': string }[] }) => `${e.source} -> ${e.target} ${dataOf(e).weight}`).sort();
    expect(edges).toEqual(edgeList(network).map((e) => e.replace(/ \[.*\]$/, '')));
  });

  it('GEXF parses as XML, directed, with weights and node types', () => {
    const xml = render(networkGexf(network));
    expect(XMLValidator.validate(xml)).toBe(true);
    const graph = parser.parse(xml).gexf.graph;
    expect(graph.defaultedgetype).toBe('directed');
    expect(graph.nodes.node.map((n: { label: string }) => n.label).sort()).toEqual(['Ana Vale', 'Borland Council', 'Kestrel Bank', 'Tomas Brenner', 'officials']);
    const brenner = graph.nodes.node.find((n: { id: string }) => n.id === 'tomas brenner');
    expect(brenner.attvalues.attvalue.find((a: { for: string }) => a.for === 'type').value).toBe('person');
    expect(graph.edges.edge.find((e: { source: string; target: string }) => e.source === 'tomas brenner').target).toBe('ana vale');
  });

  it('escapes names that would break the markup', () => {
    const odd = buildArticle('odd', null, [{ name: 'Bell & "Sons" <Ltd> Co', type: 'organization' }], [{ by: { name: 'Ana Vale', type: 'person' }, about: ['Bell & "Sons" <Ltd> Co'] }]);
    const xml = render(networkGraphml(networkOf([odd])));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).graphml.graph.edge[0].target).toBe('bell & "sons" <ltd> co');
  });

  it('CSV has one row per edge and JSON is node-link with the same edges', () => {
    const rows = render(networkEdgesCsv(network, { escapeFormulas: true } as CorpusRenderContext)).trim().split('\r\n');
    expect(rows[0]).toBe('source,target,weight,source_label,source_type,target_label,target_type,target_affiliation,articles');
    expect(rows).toContain('tomas brenner,ana vale,1,Tomas Brenner,person,Ana Vale,person,Borland,first');
    const json = JSON.parse(render(networkJson(network)));
    expect(json).toMatchObject({ directed: true, multigraph: false, graph: { articles: 3, statements: 6 } });
    expect(json.edges).toHaveLength(5);
    expect(json.nodes).toHaveLength(5);
  });
});
