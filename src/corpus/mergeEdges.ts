import type { ResolvedNames } from './resolveNames.js';
import type { CorpusTally } from './tally.js';
import type { NetworkEdge } from './types.js';

/** The tally's speaker → entity edges under the merged keys; weights add up, article ids are joined. */
export function mergeEdges(tally: CorpusTally, resolved: ResolvedNames): NetworkEdge[] {
  const edges = new Map<string, { edge: NetworkEdge; ids: Set<string> }>();
  for (const record of tally.edges.values()) {
    const source = resolved.finalKey(record.speaker);
    const target = resolved.finalKey(record.entity);
    const id = `${source}\u0000${target}`;
    const merged = edges.get(id) ?? { edge: { source, target, weight: 0, articleIds: [] }, ids: new Set<string>() };
    edges.set(id, merged);
    merged.edge.weight += record.weight;
    for (const articleId of record.articleIds) {
      if (!merged.ids.has(articleId)) merged.edge.articleIds.push(articleId);
      merged.ids.add(articleId);
    }
  }
  return [...edges.values()]
    .map(({ edge }) => edge)
    .sort((a, b) => b.weight - a.weight || compare(a.source, b.source) || compare(a.target, b.target));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
