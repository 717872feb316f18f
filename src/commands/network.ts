import type { Command } from 'commander';
import { addArticleOptions } from './articleCommand.js';
import { addAliasOption, type CorpusOptions } from './corpusCommand.js';
import { addFilterOptions } from './filterOptions.js';

export const NETWORK_FORMATS = ['table', 'json', 'csv', 'gexf', 'graphml'] as const;

export interface NetworkOptions extends CorpusOptions {
  nodes: boolean;
  allEntities: boolean;
}

export function registerNetwork(program: Command): void {
  const command = program.command('network')
    .description('who talks about whom: speakers and entities as nodes, speaker → entity edges weighted by statements (GEXF for Gephi, GraphML for networkx/igraph)')
    .addHelpText('after', '\nINPUT may also be output of `statements extract --format jsonl` (or json),\nso that a corpus is extracted once and aggregated many times:\n'
      + '  statements extract corpus/ --format jsonl > extracted.jsonl\n  statements network extracted.jsonl --format gexf > network.gexf\n');
  addFilterOptions(addAliasOption(addArticleOptions(command, NETWORK_FORMATS)))
    .option('--nodes', 'with --format csv: the node table instead of the edge list', false)
    .option('--all-entities', 'also list entities that no statement names', false)
    .option('--no-article-ids', 'leave out the article ids on edges (less memory on a very large corpus)')
    // The network and its renderers load when the command runs, not at every start of the program.
    .action(async (inputs: string[], options: NetworkOptions, cmd: Command) => (await import('./networkAction.js')).runNetwork(inputs, options, cmd));
}
