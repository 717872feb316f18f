import type { Command } from 'commander';
import { aggregateSpeakers } from '../corpus/aggregateSpeakers.js';
import type { CorpusRender } from '../corpus/render/context.js';
import { speakersCsv, speakersTsv } from '../corpus/render/speakersCsv.js';
import { speakersJson, speakersJsonl } from '../corpus/render/speakersJson.js';
import { speakersTable } from '../corpus/render/speakersTable.js';
import type { SpeakersReport } from '../corpus/types.js';
import { formatOr, runCorpus, type CorpusOptions } from './corpusCommand.js';
import type { SPEAKERS_FORMATS } from './speakers.js';

const RENDERERS = { table: speakersTable, json: speakersJson, jsonl: speakersJsonl, csv: speakersCsv, tsv: speakersTsv } satisfies Record<(typeof SPEAKERS_FORMATS)[number], CorpusRender<SpeakersReport>>;

/** `statements speakers`: every speaker across the articles. */
export function runSpeakers(inputs: string[], options: CorpusOptions & { top: number }, cmd: Command): Promise<void> {
  return runCorpus(inputs, { ...options, articleIds: false }, cmd, {
    build: (tally) => aggregateSpeakers(tally, { top: options.top }),
    render: RENDERERS[formatOr(options.format as keyof typeof RENDERERS | undefined, 'json')],
  });
}
