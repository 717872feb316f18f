/**
 * The trained speech model as the pipeline uses it, decoded once per model file: the cue
 * vocabulary learned from the training data, four weight tables (cues: none / speech / belief;
 * content and speaker candidates: one score each, to rank; statements: one score, a logistic
 * model's log-odds), and the probability a statement needs to be reported.
 */
import type { ModelContents } from '../../../model/modelFile.js';
import { tableArrays, tableFrom } from '../../../model/modelFile.js';
import type { WeightTable } from '../../../model/weights.js';
import { IntSet } from '../../../model/intSet.js';

/** The features this code computes; a model file made with other templates is refused. */
export const SPEECH_TEMPLATES = 1;
export const CUE_LABELS = ['none', 'speech', 'belief'] as const;
export const NONE = 0;
export const SPEECH = 1;
export const BELIEF = 2;

export interface SpeechModel {
  vocabulary: IntSet;
  cue: WeightTable;
  content: WeightTable;
  speaker: WeightTable;
  statement: WeightTable;
  /** A statement is reported when its probability reaches this... */
  threshold: number;
  /** ...or this, when its content is a bare phrase (no verb, no quotation: "praised the plan")... */
  phraseThreshold: number;
  /** ...or this, when the rules found a statement at the same cue: two sources agree. */
  ruleThreshold: number;
}

export interface SpeechHeader {
  templates: number;
  threshold: number;
  phraseThreshold: number;
  ruleThreshold: number;
}

const decoded = new WeakMap<ModelContents, SpeechModel>();

export function speechModelOf(contents: ModelContents): SpeechModel {
  let model = decoded.get(contents);
  if (!model) {
    const header = contents.header as unknown as SpeechHeader;
    if (header.templates !== SPEECH_TEMPLATES) {
      throw new Error(`statements: expected a speech model of feature templates ${SPEECH_TEMPLATES}, found ${String(header.templates)}; retrain it with this version`);
    }
    const vocabulary = contents.arrays.vocabulary;
    if (!(vocabulary instanceof Uint32Array)) throw new Error('statements: expected the speech model to hold a cue vocabulary, found none');
    model = {
      vocabulary: new IntSet(vocabulary),
      cue: tableFrom(contents, CUE_LABELS.length, 'cue.'),
      content: tableFrom(contents, 1, 'content.'),
      speaker: tableFrom(contents, 1, 'speaker.'),
      statement: tableFrom(contents, 1, 'statement.'),
      threshold: header.threshold,
      phraseThreshold: header.phraseThreshold,
      ruleThreshold: header.ruleThreshold,
    };
    decoded.set(contents, model);
  }
  return model;
}

export function speechModelContents(model: SpeechModel, header: Record<string, unknown>): ModelContents {
  return {
    header: { kind: 'speech', ...header, templates: SPEECH_TEMPLATES, labels: CUE_LABELS, threshold: model.threshold, phraseThreshold: model.phraseThreshold, ruleThreshold: model.ruleThreshold },
    arrays: {
      vocabulary: model.vocabulary.values().sort(),
      ...tableArrays(model.cue, 'cue.'), ...tableArrays(model.content, 'content.'), ...tableArrays(model.speaker, 'speaker.'), ...tableArrays(model.statement, 'statement.'),
    },
  };
}
