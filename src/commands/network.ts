import type { Command } from 'commander';
import { buildNetwork } from '../corpus/buildNetwork.js';
import type { CorpusRender } from '../corpus/render/context.js';
import { networkGexf } from '../corpus/render/gexf.js';
import { networkGraphml } from '../corpus/render/graphml.js';
import { networkEdgesCsv, networkNodesCsv } from '../corpus/render/networkCsv.js';
import { networkJson } from '../corpus/render/networkJson.js';
import { networkTable } from '../corpus/render/networkTable.js';
import type { Network } from '../corpus/types.js';
import { addArticleOptions } from './articleCommand.js';
import { addAliasOption, formatOr, runCorpus, type CorpusOptions } from './corpusCommand.js';
import { addFilterOptions } from './filterOptions.js';

const RENDERERS = { table: networkTable, json: networkJson, csv: networkEdgesCsv, gexf: networkGexf, graphml: networkGraphml } satisfies Record<string, CorpusRender<Network>>;

interface NetworkOptions extends CorpusOptions {
  nodes: boolean;
  allEntities: boolean;
}

export function registerNetwork(program: Command): void {
  const command = program.command('network')
    .description('who talks about whom: speakers and entities as nodes, speaker → entity edges weighted by statements (GEXF for Gephi, GraphML for networkx/igraph)')
    .addHelpText('after', '\nINPUT may also be output of `statements extract --format jsonl` (or json),\nso that a corpus is extracted once and aggregated many times:\n'
      + '  statements extract corpus/ --format jsonl > extracted.jsonl\n  statements network extracted.jsonl --format gexf > network.gexf\n');
  addFilterOptions(addAliasOption(addArticleOptions(command, Object.keys(RENDERERS))))
    .option('--nodes', 'with --format csv: the node table instead of the edge list', false)
    .option('--all-entities', 'also list entities that no statement names', false)
    .option('--no-article-ids', 'leave out the article ids on edges (less memory on a very large corpus)')
    .action((inputs: string[], options: NetworkOptions, cmd: Command) => {
      const format = formatOr(options.format as keyof typeof RENDERERS | undefined, 'json');
      return runCorpus(inputs, options, cmd, {
        build: (tally) => buildNetwork(tally, { allEntities: options.allEntities }),
        render: format === 'csv' && options.nodes ? networkNodesCsv : RENDERERS[format],
      });
    });
}
