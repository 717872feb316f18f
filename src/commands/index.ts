import type { Command } from 'commander';
import { registerEntities } from './entities.js';
import { registerEval } from './eval.js';
import { registerExtract } from './extract.js';
import { registerNetwork } from './network.js';
import { registerSchema } from './schema.js';
import { registerShow } from './show.js';
import { registerSpeakers } from './speakers.js';
import { registerTokens } from './tokens.js';
import { registerTrain } from './train.js';

/** Every command of the program, in the order `statements --help` lists them. */
export const COMMANDS: ((program: Command) => void)[] = [
  registerExtract,
  registerEntities,
  registerTokens,
  registerShow,
  registerSpeakers,
  registerNetwork,
  registerEval,
  registerTrain,
  registerSchema,
];
