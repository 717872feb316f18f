/**
 * `statements train entities --gold DIR...`: the tagger trained on one's own annotated news. A
 * gold folder in the project's format (docs/gold-format.md) gives each entity's name and aliases,
 * found in its text as mentions (or a gold file's own `mentions`, by span); a CoNLL IOB file gives
 * its tagged mentions. `--dev` reports mentions by exact span on the same kinds of data.
 */
import { statSync } from 'node:fs';
import { decodeModel, encodeModel } from '../../model/modelFile.js';
import { taggerModel, weightsOf } from '../../pipeline/entities/tagger/model.js';
import { NameTagger } from '../../pipeline/entities/tagger/tagger.js';
import type { Trainer } from '../trainer.js';
import { conllDocuments } from './corpora.js';
import { goldDocuments } from './goldDocuments.js';
import { prepare } from './prepare.js';
import { devFigures } from './recipe.js';
import { describeTally } from './spans.js';
import { fitTemperature, judgeNames } from './temperature.js';
import { trainTagger } from './trainTagger.js';
import type { TrainingDocument } from './trainingDocument.js';

const DEFAULT_EPOCHS = 20;

function documentsOf(path: string): TrainingDocument[] {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new Error(`statements: ${path}: no such file or directory`);
  }
  return isFile ? conllDocuments(path) : goldDocuments(path);
}

export const trainer: Trainer = {
  kind: 'entities',
  description: 'the name tagger (people, organizations, places), from gold folders or CoNLL IOB files',
  async train(options) {
    const documents = options.gold.flatMap(documentsOf);
    if (documents.length === 0) throw new Error(`statements: ${options.gold.join(', ')}: expected gold articles with entities or mentions, found none`);
    const prepared = documents.map((d, i) => prepare(d, i));
    options.progress(`${documents.length} articles, ${prepared.reduce((s, d) => s + d.doc.tokens.length, 0)} tokens, ${documents.reduce((s, d) => s + d.mentions.length, 0)} mentions`);
    const epochs = options.epochs ?? DEFAULT_EPOCHS;
    const weights = trainTagger(prepared, { epochs, seed: options.seed, folds: 5, prune: 0.5, progress: options.progress });
    const header: Record<string, unknown> = { trainedOn: options.gold, epochs, seed: options.seed, prune: 0.5, folds: 5 };
    if (options.dev.length > 0) {
      const tagger = new NameTagger(weightsOf(decodeModel(encodeModel(taggerModel(weights, header)))));
      const dev = options.dev.flatMap(documentsOf).map((d, i) => prepare(d, i));
      options.progress(`dev, mentions by exact span: ${describeTally(devFigures(tagger, dev))}`);
      // Without dev data the confidences stay the scores read at temperature 1 (uncalibrated).
      header.temperature = fitTemperature(judgeNames(tagger, dev));
      options.progress(`confidence temperature ${String(header.temperature)}`);
    }
    return taggerModel(weights, header);
  },
};
