/** A training document made ready: tokenized, read by the rules, its gold labels, and its feature keys per sentence. */
import type { TaggedSequence } from '../../model/sequence.js';
import type { Doc } from '../../pipeline/doc.js';
import { documentValues } from '../../pipeline/entities/tagger/documentFeatures.js';
import { taggerInput, tokenKeys, type TaggerInput } from '../../pipeline/entities/tagger/features.js';
import { KeyList } from '../../pipeline/entities/tagger/keyList.js';
import { tokenize } from '../../pipeline/tokenize.js';
import { goldLabels } from './align.js';
import type { TrainingDocument, TrainingMention } from './trainingDocument.js';

export interface PreparedDocument {
  id: string;
  doc: Doc;
  input: TaggerInput;
  gold: Uint8Array;
  mentions: TrainingMention[];
}

export function prepare(document: TrainingDocument): PreparedDocument {
  const doc = tokenize(document.text);
  return { id: document.id, doc, input: taggerInput(doc), gold: goldLabels(doc, document.mentions), mentions: document.mentions };
}

/** One sequence per sentence; with the first pass's labels, the second pass's keys. */
export function sequencesOf(prepared: PreparedDocument, firstPass: Uint8Array | null): TaggedSequence[] {
  const { doc, input, gold } = prepared;
  const document = firstPass ? documentValues(input.rules.view, firstPass) : null;
  const keys = new KeyList();
  const sequences: TaggedSequence[] = [];
  for (const sentence of doc.sentences) {
    keys.clear();
    const offsets = new Uint32Array(sentence.last - sentence.first + 2);
    for (let i = sentence.first; i <= sentence.last; i++) {
      tokenKeys(input, i, document, keys);
      offsets[i - sentence.first + 1] = keys.length;
    }
    sequences.push({ keys: keys.keys.slice(0, keys.length), offsets, gold: gold.subarray(sentence.first, sentence.last + 1) });
  }
  return sequences;
}
