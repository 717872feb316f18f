/** The trainers `statements train` knows, by the kind of model each makes; each loads only when used. */
import type { Trainer } from './trainer.js';

export const TRAINERS: Record<string, () => Promise<Trainer>> = {
  entities: () => import('./entities/index.js').then((m) => m.trainer),
  speech: () => import('./speech.js').then((m) => m.trainer),
};
