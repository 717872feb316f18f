import type { Command } from 'commander';
import { buildNetwork } from '../corpus/buildNetwork.js';
import type { CorpusRender } from '../corpus/render/context.js';
import { networkGexf } from '../corpus/render/gexf.js';
import { networkGraphml } from '../corpus/render/graphml.js';
import { networkEdgesCsv, networkNodesCsv } from '../corpus/render/networkCsv.js';
import { networkJson } from '../corpus/render/networkJson.js';
import { networkTable } from '../corpus/render/networkTable.js';
import type { Network } from '../corpus/types.js';
import { formatOr, runCorpus } from './corpusCommand.js';
import type { NETWORK_FORMATS, NetworkOptions } from './network.js';

const RENDERERS = { table: networkTable, json: networkJson, csv: networkEdgesCsv, gexf: networkGexf, graphml: networkGraphml } satisfies Record<(typeof NETWORK_FORMATS)[number], CorpusRender<Network>>;

/** `statements network`: who talks about whom, as a graph. */
export function runNetwork(inputs: string[], options: NetworkOptions, cmd: Command): Promise<void> {
  const format = formatOr(options.format as keyof typeof RENDERERS | undefined, 'json');
  return runCorpus(inputs, options, cmd, {
    build: (tally) => buildNetwork(tally, { allEntities: options.allEntities }),
    render: format === 'csv' && options.nodes ? networkNodesCsv : RENDERERS[format],
  });
}
