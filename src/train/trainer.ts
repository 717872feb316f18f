/** What `statements train <kind>` asks of the trainer of one kind of model. */
import type { ModelContents } from '../model/modelFile.js';

export interface TrainOptions {
  /** Gold folders or files to learn from (the project's gold format, or what the trainer documents). */
  gold: string[];
  /** Gold to report figures on after training (tuning data, never a test split). */
  dev: string[];
  seed: number;
  /** Passes over the data; the trainer's own default when undefined. */
  epochs?: number;
  /** One line of progress for a person watching, without a line end. */
  progress: (line: string) => void;
}

export interface Trainer {
  kind: string;
  /** One line for `statements train --help`. */
  description: string;
  train(options: TrainOptions): Promise<ModelContents>;
}
