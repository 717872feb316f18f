import { existsSync } from 'node:fs';
import { writeModelFile } from '../model/modelFile.js';
import { TRAINERS } from '../train/index.js';
import type { TrainCommandOptions } from './train.js';

/** `statements train <kind>`: trains, writes the model file, and says where it went. */
export async function runTrainCommand(kind: string, options: TrainCommandOptions): Promise<void> {
  const load = TRAINERS[kind];
  if (!load) {
    const known = Object.keys(TRAINERS);
    process.stderr.write(`statements: train: expected a kind of model (${known.length ? known.join(', ') : 'none is built in'}), found "${kind}"\n`);
    process.exitCode = 2;
    return;
  }
  for (const [option, paths] of [['--gold', options.gold], ['--dev', options.dev ?? []]] as const) {
    const missing = paths.find((path) => !existsSync(path));
    if (missing !== undefined) {
      process.stderr.write(`statements: ${option}: no such file or directory "${missing}"\n`);
      process.exitCode = 2;
      return;
    }
  }
  const trainer = await load();
  const progress = (line: string) => {
    if (!options.quiet) process.stderr.write(`statements: train ${kind}: ${line}\n`);
  };
  try {
    const model = await trainer.train({ gold: options.gold, dev: options.dev, seed: options.seed, epochs: options.epochs, progress });
    writeModelFile(options.out, model);
  } catch (error) {
    process.stderr.write(`${(error as Error).message.startsWith('statements:') ? '' : 'statements: '}${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  progress(`wrote ${options.out}`);
}
