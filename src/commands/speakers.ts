import type { Command } from 'commander';
import { aggregateSpeakers } from '../corpus/aggregateSpeakers.js';
import type { CorpusRender } from '../corpus/render/context.js';
import { speakersCsv, speakersTsv } from '../corpus/render/speakersCsv.js';
import { speakersJson, speakersJsonl } from '../corpus/render/speakersJson.js';
import { speakersTable } from '../corpus/render/speakersTable.js';
import type { SpeakersReport } from '../corpus/types.js';
import { addArticleOptions, positiveInteger } from './articleCommand.js';
import { addAliasOption, formatOr, runCorpus, type CorpusOptions } from './corpusCommand.js';
import { addFilterOptions } from './filterOptions.js';

const RENDERERS = { table: speakersTable, json: speakersJson, jsonl: speakersJsonl, csv: speakersCsv, tsv: speakersTsv } satisfies Record<string, CorpusRender<SpeakersReport>>;

export function registerSpeakers(program: Command): void {
  const command = program.command('speakers')
    .description('every speaker across the articles: statements, articles, dates, titles, cue verbs, whom they talk about')
    .addHelpText('after', '\nINPUT may also be output of `statements extract --format jsonl` (or json),\nso that a corpus is extracted once and aggregated many times:\n'
      + '  statements extract corpus/ --format jsonl > extracted.jsonl\n  statements speakers extracted.jsonl --format csv > speakers.csv\n');
  addFilterOptions(addAliasOption(addArticleOptions(command, Object.keys(RENDERERS))))
    .option('--top <n>', 'how many of the entities a speaker names most to list', positiveInteger('--top'), 5)
    .action((inputs: string[], options: CorpusOptions & { top: number }, cmd: Command) =>
      runCorpus(inputs, { ...options, articleIds: false }, cmd, {
        build: (tally) => aggregateSpeakers(tally, { top: options.top }),
        render: RENDERERS[formatOr(options.format as keyof typeof RENDERERS | undefined, 'json')],
      }));
}
