/**
 * The tagger as a model file (kind "entities"): the two passes' weight tables, with the feature
 * version and labels they were trained with. A file of another feature version is refused, as
 * its weights would be read for the wrong features.
 */
import { tableArrays, tableFrom, type ModelContents, type ModelHeader } from '../../../model/modelFile.js';
import { FEATURE_VERSION } from './features.js';
import { LABELS, TAG_TYPES } from './labels.js';
import { NameTagger, type TaggerWeights } from './tagger.js';
import { ConfidenceWork } from './confidence.js';
import type { EntityTagger } from '../index.js';
import { taggedEntities } from '../tagged.js';

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

const taggers = new WeakMap<ModelContents, EntityTagger>();

/** The entity stage's tagger from a model file, built once per loaded file. */
export function entityTaggerOf(contents: ModelContents, source = 'model'): EntityTagger {
  let found = taggers.get(contents);
  if (!found) {
    const tagger = new NameTagger(weightsOf(contents, source));
    const temperature = typeof contents.header.temperature === 'number' ? contents.header.temperature : 1;
    const confidence = new ConfidenceWork(tagger.finalTransitions, temperature);
    found = { entities: (doc) => taggedEntities(doc, tagger, confidence) };
    taggers.set(contents, found);
  }
  return found;
}

/** The label names in label order (see `labels.ts`): O, then B, I, L and U of each type. */
function labelNames(): string[] {
  return ['O', ...TAG_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((part) => `${part}-${t}`))];
}
