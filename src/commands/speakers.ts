import type { Command } from 'commander';
import { addArticleOptions, positiveInteger } from './articleCommand.js';
import { addAliasOption, type CorpusOptions } from './corpusCommand.js';
import { addFilterOptions } from './filterOptions.js';

export const SPEAKERS_FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv'] as const;

export function registerSpeakers(program: Command): void {
  const command = program.command('speakers')
    .description('every speaker across the articles: statements, articles, dates, titles, cue verbs, whom they talk about')
    .addHelpText('after', '\nINPUT may also be output of `statements extract --format jsonl` (or json),\nso that a corpus is extracted once and aggregated many times:\n'
      + '  statements extract corpus/ --format jsonl > extracted.jsonl\n  statements speakers extracted.jsonl --format csv > speakers.csv\n');
  addFilterOptions(addAliasOption(addArticleOptions(command, SPEAKERS_FORMATS)))
    .option('--top <n>', 'how many of the entities a speaker names most to list', positiveInteger('--top'), 5)
    // The aggregation and its renderers load when the command runs, not at every start of the program.
    .action(async (inputs: string[], options: CorpusOptions & { top: number }, cmd: Command) =>
      (await import('./speakersAction.js')).runSpeakers(inputs, options, cmd));
}
