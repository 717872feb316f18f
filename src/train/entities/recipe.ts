/**
 * How models/entities.model is made (`npm run train:entities`): CoNLL++ train and GUM's train
 * split in, CoNLL++ dev and GUM dev figures out, every setting in the file's header.
 */
import { join } from 'node:path';
import { decodeModel, encodeModel, writeModelFile } from '../../model/modelFile.js';
import { taggerModel, weightsOf } from '../../pipeline/entities/tagger/model.js';
import { NameTagger } from '../../pipeline/entities/tagger/tagger.js';
import { conllDocuments, goldNewsNames, gumDocuments } from './corpora.js';
import { prepare, type PreparedDocument } from './prepare.js';
import { describeTally, emptyTally, f1, tallySpans, type SpanTally } from './spans.js';
import { fitTemperature, judgeNames } from './temperature.js';
import { trainTagger } from './trainTagger.js';
import type { TrainingDocument } from './trainingDocument.js';

export interface RecipeOptions {
  /** The folder of conllpp_train.txt and conllpp_dev.txt. */
  conll: string;
  /** The GUM folder (splits.md, dep/), or none to train on CoNLL++ alone. */
  gum?: string;
  /** The project's gum-news gold: its documents are left out of training. */
  goldNews: string;
  out: string;
  epochs: number;
  seed: number;
  prune: number;
  folds: number;
  /** How many times GUM's documents count against CoNLL++'s: GUM is running text, as users give it. */
  gumWeight: number;
  progress: (line: string) => void;
}

export function devFigures(tagger: NameTagger, documents: PreparedDocument[], passes = 2): SpanTally {
  const tally = emptyTally();
  for (const d of documents) tallySpans(d.doc, d.mentions, tagger.tag(d.input, passes).labels, tally);
  return tally;
}

export async function buildEntityModel(options: RecipeOptions): Promise<void> {
  const { progress } = options;
  const gold = goldNewsNames(options.goldNews);
  const read = (what: string, documents: TrainingDocument[], weight = 1, from = 0) => {
    const started = Date.now();
    const prepared = documents.map((d, i) => prepare(d, from + i, weight));
    const tokens = prepared.reduce((sum, d) => sum + d.doc.tokens.length, 0);
    progress(`${what}: ${documents.length} documents, ${tokens} tokens, ${documents.reduce((s, d) => s + d.mentions.length, 0)} mentions (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    return prepared;
  };
  const train = read('CoNLL++ train', conllDocuments(join(options.conll, 'conllpp_train.txt')));
  if (options.gum) train.push(...read('GUM train', gumDocuments(options.gum, 'train', (name) => gold.has(name)), options.gumWeight, train.length));
  const dev: [string, PreparedDocument[]][] = [['CoNLL++ dev', read('CoNLL++ dev', conllDocuments(join(options.conll, 'conllpp_dev.txt')))]];
  if (options.gum) dev.push(['GUM dev', read('GUM dev', gumDocuments(options.gum, 'dev', (name) => gold.has(name)))]);

  const weights = trainTagger(train, options);
  const recipe = {
    recipe: 'npm run train:entities -- .data/CrossWeigh .data/gum',
    trainedOn: ['CoNLL++ conllpp_train.txt (ZihanWangKi/CrossWeigh; Reuters text, research use)', ...(options.gum ? ['GUM train split without reddit and gum-news gold documents (amir-zeldes/gum; annotations CC BY 4.0, texts CC BY / BY-SA / BY-NC-SA per genre)'] : [])],
    epochs: options.epochs, seed: options.seed, prune: options.prune, folds: options.folds, gumWeight: options.gumWeight,
  };
  // Figures from the file as written: 16-bit weights, as every user gets them.
  const bytes = encodeModel(taggerModel(weights, recipe));
  const tagger = new NameTagger(weightsOf(decodeModel(bytes)));
  const figures: Record<string, Record<string, number>> = {};
  for (const [name, documents] of dev) {
    const tally = devFigures(tagger, documents);
    progress(`${name}: ${describeTally(tally)} (first pass alone: ${describeTally(devFigures(tagger, documents, 1))})`);
    figures[name] = Object.fromEntries(Object.entries(tally).map(([type, counts]) => [type, Number(f1(counts).toFixed(4))]));
  }
  // Fitted on CoNLL++ dev, where the tagger's own names are many (about 6,000) and checked by hand.
  const temperature = fitTemperature(judgeNames(tagger, dev[0][1]));
  progress(`confidence temperature ${temperature} (fitted on ${dev[0][0]})`);
  writeModelFile(options.out, taggerModel(weights, { ...recipe, dev: figures, temperature }));
  progress(`wrote ${options.out} (${(bytes.length / 1048576).toFixed(2)} MB)`);
}
