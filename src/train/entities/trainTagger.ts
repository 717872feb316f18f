/**
 * Training both passes. The second pass learns from first-pass labels as the first pass gives
 * them on text it has not seen: each fifth of the documents is labelled by a first pass trained on
 * the other four (jackknifing), so that it does not learn to trust labels that are right only
 * because the first pass saw the very document. Then the first pass is trained on all documents.
 */
import { trainSequences, type TaggedSequence } from '../../model/sequence.js';
import type { WeightTable } from '../../model/weights.js';
import { LABELS, allowedTransitions } from '../../pipeline/entities/tagger/labels.js';
import { NameTagger, type TaggerWeights } from '../../pipeline/entities/tagger/tagger.js';
import { sequencesOf, type PreparedDocument } from './prepare.js';

export interface TaggerTraining {
  epochs: number;
  seed: number;
  /** Folds for the first-pass labels the second pass learns from; below 2, no second pass. */
  folds: number;
  prune: number;
  progress: (line: string) => void;
}

export function trainTagger(documents: PreparedDocument[], options: TaggerTraining): TaggerWeights {
  const first = documents.map((d) => repeated(sequencesOf(d, null), d.weight));
  const train = (sequences: TaggedSequence[], what: string): WeightTable => {
    const started = Date.now();
    const table = trainSequences(sequences, {
      labels: LABELS, epochs: options.epochs, seed: options.seed, allowed: allowedTransitions(), prune: options.prune,
    });
    options.progress(`${what}: ${sequences.length} sentences, ${table.size} features kept, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return table;
  };
  const folds = Math.min(options.folds, documents.length);
  const firstLabels: Uint8Array[] = new Array(documents.length);
  if (folds >= 2) {
    for (let fold = 0; fold < folds; fold++) {
      const table = train(first.filter((_, d) => d % folds !== fold).flat(), `first pass without fold ${fold + 1} of ${folds}`);
      const tagger = new NameTagger({ first: table, second: null });
      documents.forEach((d, i) => { if (i % folds === fold) firstLabels[i] = tagger.tag(d.input, 1).labels; });
    }
  }
  const firstTable = train(first.flat(), 'first pass');
  if (folds < 2) return { first: firstTable, second: null };
  const second = documents.flatMap((d, i) => repeated(sequencesOf(d, firstLabels[i]), d.weight));
  return { first: firstTable, second: train(second, 'second pass') };
}

/** A document's sentences `times` times over: read that often per epoch, each time in its own place of the shuffled order. */
function repeated(sequences: TaggedSequence[], times: number): TaggedSequence[] {
  return times <= 1 ? sequences : Array.from({ length: times }, () => sequences).flat();
}
