/** A training document made ready: tokenized, read by the rules, its gold labels, and its feature keys per sentence. */
import { featureKey } from '../../model/hash.js';
import type { TaggedSequence } from '../../model/sequence.js';

const DROPOUT_TEMPLATE = 99;
import type { Doc } from '../../pipeline/doc.js';
import { documentValues } from '../../pipeline/entities/tagger/documentFeatures.js';
import { taggerInput, tokenKeys, type TaggerInput } from '../../pipeline/entities/tagger/features.js';
import { KeyList } from '../../pipeline/entities/tagger/keyList.js';
import { tokenize } from '../../pipeline/tokenize.js';
import { goldLabels } from './align.js';
import type { TrainingDocument, TrainingMention } from './trainingDocument.js';

export interface PreparedDocument {
  id: string;
  /** The document's place in the training data. */
  number: number;
  doc: Doc;
  input: TaggerInput;
  gold: Uint8Array;
  mentions: TrainingMention[];
  /** How many times training reads the document (a corpus closer to the news users give counts more). */
  weight: number;
}

export function prepare(document: TrainingDocument, number = 0, weight = 1): PreparedDocument {
  const doc = tokenize(document.text);
  return { id: document.id, number, doc, input: taggerInput(doc), gold: goldLabels(doc, document.mentions), mentions: document.mentions, weight };
}

/** The share of tokens (in 1024ths) trained without their own word's features (see `tokenKeys`). */
export const WORD_DROPOUT = 256;

/** One sequence per sentence; with the first pass's labels, the second pass's keys. */
export function sequencesOf(prepared: PreparedDocument, firstPass: Uint8Array | null, dropout = WORD_DROPOUT): TaggedSequence[] {
  const { doc, input, gold } = prepared;
  const document = firstPass ? documentValues(input.rules.view, firstPass) : null;
  const keys = new KeyList();
  const sequences: TaggedSequence[] = [];
  for (const sentence of doc.sentences) {
    keys.clear();
    const offsets = new Uint32Array(sentence.last - sentence.first + 2);
    for (let i = sentence.first; i <= sentence.last; i++) {
      // Which tokens lose their word: fixed by the document and the token, so every run is the same.
      tokenKeys(input, i, document, keys, (featureKey(DROPOUT_TEMPLATE, prepared.number, i) & 1023) >= dropout);
      offsets[i - sentence.first + 1] = keys.length;
    }
    sequences.push({ keys: keys.keys.slice(0, keys.length), offsets, gold: gold.subarray(sentence.first, sentence.last + 1) });
  }
  return sequences;
}
