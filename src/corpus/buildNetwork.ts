import { mergeEdges, compare } from './mergeEdges.js';
import { majority } from './mergeNames.js';
import { resolveNames } from './resolveNames.js';
import type { CorpusTally } from './tally.js';
import type { Network, NetworkNode } from './types.js';

export interface NetworkOptions {
  /** Also list entities that no speaker names (isolated nodes). */
  allEntities: boolean;
}

/**
 * Who talks about whom: a node per speaker and per entity (one node when a speaker is also
 * an entity), an edge speaker → entity per pair, weighted by the statements that name it.
 */
export function buildNetwork(tally: CorpusTally, options: NetworkOptions): Network {
  const resolved = resolveNames(tally);
  const edges = mergeEdges(tally, resolved);
  const statements = new Map<string, number>();
  const speakerArticles = new Map<string, number>();
  for (const [key, record] of tally.speakers) {
    const target = resolved.finalKey(key);
    statements.set(target, (statements.get(target) ?? 0) + record.statements);
    speakerArticles.set(target, (speakerArticles.get(target) ?? 0) + record.articles);
  }
  const wanted = new Set<string>([...statements.keys(), ...edges.map((e) => e.target)]);
  const nodes: NetworkNode[] = [];
  for (const [key, name] of resolved.names) {
    if (!options.allEntities && !wanted.has(key)) continue;
    nodes.push({
      id: key,
      label: name.name,
      type: name.type,
      affiliation: majority(name.affiliations),
      statements: statements.get(key) ?? 0,
      mentions: name.mentions,
      articles: Math.max(name.articles, speakerArticles.get(key) ?? 0),
    });
  }
  nodes.sort((a, b) => b.statements - a.statements || b.mentions - a.mentions || compare(a.id, b.id));
  return { articles: tally.articles, statements: tally.statements, nodes, edges };
}
