/**
 * `statements train speech`: learns the speech model from gold attributions (the project's gold
 * format, or PolNeAR converted to it by ../shared/tools/polnear_gold.py). Every article goes
 * through the pipeline as it runs at analysis time (tokens, entities, the rules' statements);
 * the cue vocabulary is the set of words the gold marks as cue heads. The cue classifier and the
 * content and speaker rankers (averaged perceptrons) are trained first; the statement model
 * (logistic regression) learns from their output on articles they were not trained on (5-fold
 * jackknife), so that it sees them err as they will on new text.
 */
import { hashLower } from '../model/hash.js';
import { IntSet } from '../model/intSet.js';
import { LISTED_FORMS } from '../pipeline/speech/lexicon.js';
import { LEXICON_FORMS } from '../pipeline/speech/model/cueLexicon.js';
import type { ModelContents } from '../model/modelFile.js';
import { judgeCues, type CueTables } from '../pipeline/speech/model/judge.js';
import { modelContext } from '../pipeline/speech/model/modelContext.js';
import { CUE_LABELS, speechModelContents, type SpeechModel } from '../pipeline/speech/model/speechModel.js';
import { trainClassifier, trainLogistic, trainRanker, type BinaryExample } from './learners.js';
import { articleExamples, type ArticleExamples } from './speechExamples.js';
import { goldFiles, readTrainingArticle, type TrainingArticle } from './speechGold.js';
import { statementExamples } from './statementExamples.js';
import { devFigures } from './speechDev.js';
import type { Trainer, TrainOptions } from './trainer.js';

const EPOCHS = 10;
const WORD_DROPOUT = 0.2;
/** A content this close in overlap to the best one is no error: the gold's conventions are not the project's to the word. */
const TOLERANCE = 0.15;
const FOLDS = 5;
/**
 * The statement probabilities to report at, chosen on PolNeAR dev and the project's development
 * gold (gum-news): lower where the rules found the same statement, higher for a bare phrase.
 */
const THRESHOLD = 0.4;
const PHRASE_THRESHOLD = 0.9;
const RULE_THRESHOLD = 0.05;

export const trainer: Trainer = {
  kind: 'speech',
  description: 'speech attribution: which words are cues, where each content ends, who speaks',
  async train(options: TrainOptions): Promise<ModelContents> {
    const articles = readArticles(options.gold, options);
    const vocabulary = cueVocabulary(articles);
    options.progress(`${articles.length} articles, ${vocabulary.size} cue words`);
    const model = trainOn(articles, vocabulary, options);
    const contents = speechModelContents(model, {
      description: trainer.description,
      recipe: 'npm run train:speech (statements train speech --gold .data/polnear-train --dev .data/polnear-dev --out models/speech.model)',
      training: { gold: options.gold, articles: articles.length, seed: options.seed, epochs: options.epochs ?? EPOCHS, folds: FOLDS },
    });
    if (options.dev.length > 0) {
      const dev = devFigures(contents, options.dev);
      options.progress(`dev: P ${dev.precision} R ${dev.recall} F1 ${dev.f1}, end to end (lenient speaker) ${dev.endToEndLenientF1}`);
      contents.header.dev = dev;
    }
    return contents;
  },
};

export function readArticles(folders: string[], options: Pick<TrainOptions, 'progress'>): TrainingArticle[] {
  const files = goldFiles(folders);
  return files.map(({ path, root }, i) => {
    if (i % 100 === 99) options.progress(`read ${i + 1} of ${files.length} articles`);
    return readTrainingArticle(path, root);
  });
}

/** A word joins the vocabulary when the gold makes it a cue this often... */
const MIN_CUES = 2;
/** ...and at least this share of the times it occurs (or once, for a word the cue lists have). */
const MIN_CUE_SHARE = 0.05;

/** The lower-cased words the gold marks as the heads of cues often enough to be worth judging. */
export function cueVocabulary(articles: TrainingArticle[]): IntSet {
  const heads = new Map<number, number>();
  for (const a of articles) for (const g of a.gold) {
    if (g.head < 0 || a.doc.tokens[g.head].type !== 'word') continue;
    const h = hashLower(a.doc.tokens[g.head].text);
    heads.set(h, (heads.get(h) ?? 0) + 1);
  }
  const seen = new Map<number, number>();
  for (const a of articles) for (const t of a.doc.tokens) {
    if (t.type !== 'word') continue;
    const h = hashLower(t.text);
    if (heads.has(h)) seen.set(h, (seen.get(h) ?? 0) + 1);
  }
  const out: number[] = [];
  for (const [h, n] of heads) {
    const listed = LISTED_FORMS.has(h) || LEXICON_FORMS.has(h);
    if (listed || (n >= MIN_CUES && n / (seen.get(h) ?? n) >= MIN_CUE_SHARE)) out.push(h);
  }
  return new IntSet(out);
}

export function trainOn(articles: TrainingArticle[], vocabulary: IntSet, options: TrainOptions): SpeechModel {
  const examples: ArticleExamples[] = articles.map((a) => articleExamples(a, vocabulary));
  const pool = examples.reduce((sum, e) => ({ gold: sum.gold + e.pool.gold, cue: sum.cue + e.pool.cue, content: sum.content + e.pool.content, speaker: sum.speaker + e.pool.speaker }), { gold: 0, cue: 0, content: 0, speaker: 0 });
  options.progress(`candidates hold ${pool.cue} cues, ${pool.content} contents, ${pool.speaker} speakers of ${pool.gold} gold speech attributions`);
  const statements: BinaryExample[] = [];
  const folds = Math.min(FOLDS, articles.length);
  for (let fold = 0; fold < folds; fold++) {
    const tables = trainTables(examples.filter((_, i) => i % folds !== fold), vocabulary, options);
    articles.forEach((a, i) => {
      if (i % folds !== fold) return;
      const m = modelContext(a.ctx, a.rules);
      statements.push(...statementExamples(a, m, judgeCues(m, tables).judged));
    });
    options.progress(`fold ${fold + 1} of ${folds}: ${statements.length} statement examples`);
  }
  const tables = trainTables(examples, vocabulary, options);
  const statement = trainLogistic(statements, { epochs: options.epochs ?? EPOCHS, seed: options.seed });
  return { ...tables, vocabulary, statement, threshold: THRESHOLD, phraseThreshold: PHRASE_THRESHOLD, ruleThreshold: RULE_THRESHOLD };
}

function trainTables(examples: ArticleExamples[], vocabulary: IntSet, options: TrainOptions): CueTables {
  const epochs = options.epochs ?? EPOCHS;
  return {
    vocabulary,
    cue: trainClassifier(examples.flatMap((e) => e.cues), CUE_LABELS.length, { epochs, seed: options.seed, dropout: WORD_DROPOUT }),
    content: trainRanker(examples.flatMap((e) => e.contents), { epochs, seed: options.seed, tolerance: TOLERANCE }),
    speaker: trainRanker(examples.flatMap((e) => e.speakers), { epochs, seed: options.seed, tolerance: TOLERANCE }),
  };
}
