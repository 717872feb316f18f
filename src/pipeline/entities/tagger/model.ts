/**
 * The tagger as a model file (kind "entities"): the two passes' weight tables, with the feature
 * version and labels they were trained with. A file of another feature version is refused, as
 * its weights would be read for the wrong features.
 */
import { tableArrays, tableFrom, type ModelContents, type ModelHeader } from '../../../model/modelFile.js';
import { FEATURE_VERSION } from './features.js';
import { LABELS, TAG_TYPES } from './labels.js';
import { NameTagger, type TaggerWeights } from './tagger.js';

export const MODEL_KIND = 'entities';

export function taggerModel(weights: TaggerWeights, header: Record<string, unknown>): ModelContents {
  const arrays = { ...tableArrays(weights.first, 'first.'), ...(weights.second ? tableArrays(weights.second, 'second.') : {}) };
  const full: ModelHeader = { kind: MODEL_KIND, featureVersion: FEATURE_VERSION, labels: labelNames(), passes: weights.second ? 2 : 1, ...header };
  return { header: full, arrays };
}

export function weightsOf(contents: ModelContents, source = 'model'): TaggerWeights {
  const { header } = contents;
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(`statements: ${source}: expected an entities model of feature version ${FEATURE_VERSION}, found ${String(header.featureVersion)} (retrain it with statements train entities)`);
  }
  if (JSON.stringify(header.labels) !== JSON.stringify(labelNames())) {
    throw new Error(`statements: ${source}: expected the labels ${labelNames().join(' ')}, found ${JSON.stringify(header.labels)}`);
  }
  return { first: tableFrom(contents, LABELS, 'first.'), second: header.passes === 2 ? tableFrom(contents, LABELS, 'second.') : null };
}

const taggers = new WeakMap<ModelContents, NameTagger>();

/** The tagger of a model file, built once per loaded file. */
export function taggerOf(contents: ModelContents): NameTagger {
  let tagger = taggers.get(contents);
  if (!tagger) {
    tagger = new NameTagger(weightsOf(contents, String(contents.header.source ?? 'model')));
    taggers.set(contents, tagger);
  }
  return tagger;
}

function labelNames(): string[] {
  return ['O', ...TAG_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
}
