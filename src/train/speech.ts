/**
 * `statements train speech`: learns the speech model from gold attributions (the project's gold
 * format, or PolNeAR converted to it by ../shared/tools/polnear_gold.py). Every article goes
 * through the pipeline as it runs at analysis time (tokens, entities, the rules' statements);
 * the cue vocabulary is the set of words the gold marks as cue heads; then the cue classifier,
 * the content ranker and the speaker ranker are trained, each an averaged perceptron.
 */
import { hashLower } from '../model/hash.js';
import type { ModelContents } from '../model/modelFile.js';
import { CUE_LABELS, speechModelContents, type SpeechModel } from '../pipeline/speech/model/speechModel.js';
import { trainClassifier, trainRanker } from './learners.js';
import { articleExamples, type ArticleExamples } from './speechExamples.js';
import { goldFiles, readTrainingArticle, type TrainingArticle } from './speechGold.js';
import type { Trainer, TrainOptions } from './trainer.js';

const EPOCHS = 10;
const WORD_DROPOUT = 0.2;
const TOLERANCE = 0.05;

export const trainer: Trainer = {
  kind: 'speech',
  description: 'speech attribution: which words are cues, where each content ends, who speaks',
  async train(options: TrainOptions): Promise<ModelContents> {
    const articles = readArticles(options.gold, options);
    const vocabulary = cueVocabulary(articles);
    options.progress(`${articles.length} articles, ${vocabulary.size} cue words`);
    const model = trainOn(articles, vocabulary, options);
    return speechModelContents(model, {
      description: trainer.description,
      training: { gold: options.gold, articles: articles.length, seed: options.seed, epochs: options.epochs ?? EPOCHS },
    });
  },
};

export function readArticles(folders: string[], options: Pick<TrainOptions, 'progress'>): TrainingArticle[] {
  const files = goldFiles(folders);
  return files.map(({ path, root }, i) => {
    if (i % 100 === 99) options.progress(`read ${i + 1} of ${files.length} articles`);
    return readTrainingArticle(path, root);
  });
}

/** The lower-cased words the gold marks as the heads of cues. */
export function cueVocabulary(articles: TrainingArticle[]): Set<number> {
  const out = new Set<number>();
  for (const a of articles) for (const g of a.gold) if (g.head >= 0 && a.doc.tokens[g.head].type === 'word') out.add(hashLower(a.doc.tokens[g.head].text));
  return out;
}

export function trainOn(articles: TrainingArticle[], vocabulary: Set<number>, options: TrainOptions): SpeechModel {
  const examples: ArticleExamples[] = articles.map((a) => articleExamples(a, vocabulary));
  const pool = examples.reduce((sum, e) => ({ gold: sum.gold + e.pool.gold, cue: sum.cue + e.pool.cue, content: sum.content + e.pool.content, speaker: sum.speaker + e.pool.speaker }), { gold: 0, cue: 0, content: 0, speaker: 0 });
  options.progress(`candidates hold ${pool.cue} cues, ${pool.content} contents, ${pool.speaker} speakers of ${pool.gold} gold speech attributions`);
  const epochs = options.epochs ?? EPOCHS;
  const cue = trainClassifier(examples.flatMap((e) => e.cues), CUE_LABELS.length, { epochs, seed: options.seed, dropout: WORD_DROPOUT });
  options.progress('cue model trained');
  const content = trainRanker(examples.flatMap((e) => e.contents), { epochs, seed: options.seed, tolerance: TOLERANCE });
  options.progress('content model trained');
  const speaker = trainRanker(examples.flatMap((e) => e.speakers), { epochs, seed: options.seed, tolerance: TOLERANCE });
  options.progress('speaker model trained');
  return { vocabulary, cue, content, speaker, threshold: 0.5, temperature: 1 };
}
