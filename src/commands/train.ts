import type { Command } from 'commander';
import { positiveInteger } from './articleCommand.js';

export interface TrainCommandOptions {
  gold: string[];
  dev: string[];
  out: string;
  seed: number;
  epochs?: number;
  quiet: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('train a model on annotated news of your own, for --model')
    .argument('<kind>', 'the kind of model')
    .requiredOption('--gold <dir>', 'gold annotations to learn from (docs/gold-format.md); once per folder', collect, [])
    .option('--dev <dir>', 'gold to report figures on after training; once per folder', collect, [])
    .requiredOption('--out <file>', 'where to write the model file')
    .option('--seed <n>', 'seed of the training order (same data and seed, same model)', positiveInteger('--seed'), 1)
    .option('--epochs <n>', 'passes over the data (default: the trainer\'s own)', positiveInteger('--epochs'))
    .option('-q, --quiet', 'no progress on stderr', false)
    // The trainers and the model code load only when train runs.
    .action(async (kind: string, options: TrainCommandOptions) => (await import('./trainAction.js')).runTrainCommand(kind, options));
}
