/**
 * The trained name tagger, two passes of a first-order linear-chain model over wink-nlp's tokens
 * (BIO labels for person, organization, place and misc). Pass 1 reads each token's words and
 * context; pass 2 reads the same and how pass 1 labelled the token, its neighbours and the same
 * word elsewhere in the article. Per token the cost is a few lookups and additions: word features
 * come summed per distinct word (`wordCache.ts`), context and document features from dense tables,
 * two word pairs from the hashed table; then Viterbi over each sentence.
 */
import { featureKey } from '../../../model/hash.js';
import { predecessorsOf, transitionMatrix, viterbiOpen, viterbiWork, type Predecessors } from '../../../model/sequence.js';
import type { WeightTable } from '../../../model/weights.js';
import { CONTEXT, CONTEXT_COUNT, type Template } from './context.js';
import { DOCUMENT, DOCUMENT_COUNT, documentValues } from './documentFeatures.js';
import { BIGRAM_AFTER, BIGRAM_BEFORE, EDGE_HASH, denseKey, type TaggerInput } from './features.js';
import { LABELS, allowedTransitions } from './labels.js';
import { CENTRE, SLOTS } from './wordFeatures.js';
import { WordCache } from './wordCache.js';
import { NEVER, nameable } from './gate.js';

interface Pass {
  table: WeightTable;
  templates: Template[];
  /** One row of LABELS weights per value of each template, template after template. */
  dense: Float32Array;
  base: Int32Array;
  transitions: Float32Array;
  predecessors: Predecessors;
}

export interface TaggerWeights {
  first: WeightTable;
  /** Without a second pass, the first pass's labels are final. */
  second: WeightTable | null;
}

export interface Tagging {
  /** The final label of every token. */
  labels: Uint8Array;
  /** The final pass's scores, LABELS per token, for confidence. */
  emissions: Float64Array;
  transitions: Float32Array;
}

function densePass(table: WeightTable, templates: Template[]): Pass {
  const base = new Int32Array(templates.length);
  let rows = 0;
  templates.forEach((t, i) => { base[i] = rows; rows += t.size; });
  const dense = new Float32Array(rows * LABELS);
  templates.forEach((t, i) => {
    for (let v = 0; v < t.size; v++) {
      const row = table.row(denseKey(t, v));
      if (row < 0) continue;
      for (let l = 0; l < LABELS; l++) dense[(base[i] + v) * LABELS + l] = table.weights[row * LABELS + l] * table.scale;
    }
  });
  const transitions = transitionMatrix(table, allowedTransitions());
  return { table, templates, dense, base, transitions, predecessors: predecessorsOf(transitions, LABELS) };
}

export class NameTagger {
  private readonly passes: Pass[];
  private readonly cache: WordCache;
  private entries = new Int32Array(0);
  private labels1 = new Uint8Array(0);
  private open = new Uint8Array(0);
  private work = viterbiWork(256, LABELS);
  private path = new Int32Array(256);

  constructor(weights: TaggerWeights) {
    this.passes = [densePass(weights.first, CONTEXT)];
    if (weights.second) this.passes.push(densePass(weights.second, [...CONTEXT, ...DOCUMENT]));
    this.cache = new WordCache(this.passes.map((p) => p.table));
  }

  get passCount(): number {
    return this.passes.length;
  }

  /** The transition scores of the pass whose labels are final. */
  get finalTransitions(): Float32Array {
    return this.passes[this.passes.length - 1].transitions;
  }

  /** Both passes (or only the first, `passes` = 1) over an article. */
  tag(input: TaggerInput, passes = this.passes.length): Tagging {
    const n = input.doc.tokens.length;
    if (this.entries.length < n) { this.entries = new Int32Array(n * 2); this.labels1 = new Uint8Array(n * 2); this.open = new Uint8Array(n * 2); }
    nameable(input.doc.tokens, this.open);
    const entries = this.entries;
    // A word's sums are read only by the open tokens within two of it.
    const open = this.open;
    let nearCount = 0;
    for (let i = 0; i < n; i++) {
      const near = open[i] || (i > 0 && open[i - 1]) || (i > 1 && open[i - 2]) || (i + 1 < n && open[i + 1]) || (i + 2 < n && open[i + 2]);
      entries[i] = near ? 1 : 0;
      nearCount += entries[i];
    }
    this.cache.reserve(nearCount);
    for (let i = 0; i < n; i++) if (entries[i]) entries[i] = this.cache.entry(input.doc.tokens[i].text);
    const emissions = new Float64Array(n * LABELS);
    const labels = new Uint8Array(n);
    this.emit(input, 0, null, emissions);
    this.decode(input, emissions, this.passes[0], labels);
    if (passes < 2 || this.passes.length < 2) return { labels, emissions, transitions: this.passes[0].transitions };
    const document = documentValues(input.rules.view, labels);
    this.emit(input, 1, document, emissions);
    const final = new Uint8Array(n);
    this.decode(input, emissions, this.passes[1], final);
    return { labels: final, emissions, transitions: this.passes[1].transitions };
  }

  private emit(input: TaggerInput, passIndex: number, document: Uint16Array | null, out: Float64Array): void {
    const pass = this.passes[passIndex];
    const { data, stride } = this.cache;
    const lowerHash = this.cache.lowerHash;
    const entries = this.entries;
    const n = input.doc.tokens.length;
    const { dense, base, table } = pass;
    const context = input.context;
    const weights = table.weights;
    const scale = table.scale;
    const passOffset = passIndex * SLOTS * LABELS;
    const open = this.open;
    for (let i = 0; i < n; i++) {
      const at = i * LABELS;
      if (!open[i]) {
        out[at] = 0;
        for (let l = 1; l < LABELS; l++) out[at + l] = NEVER;
        continue;
      }
      for (let l = 0; l < LABELS; l++) out[at + l] = 0;
      for (let slot = 0; slot < SLOTS; slot++) {
        const j = i + slot - CENTRE;
        const entry = j < 0 || j >= n ? 0 : entries[j];
        const from = entry * stride + passOffset + slot * LABELS;
        for (let l = 0; l < LABELS; l++) out[at + l] += data[from + l];
      }
      const c = i * CONTEXT_COUNT;
      for (let t = 0; t < CONTEXT_COUNT; t++) {
        const from = (base[t] + context[c + t]) * LABELS;
        for (let l = 0; l < LABELS; l++) out[at + l] += dense[from + l];
      }
      if (document) {
        const d = i * DOCUMENT_COUNT;
        for (let t = 0; t < DOCUMENT_COUNT; t++) {
          const from = (base[CONTEXT_COUNT + t] + document[d + t]) * LABELS;
          for (let l = 0; l < LABELS; l++) out[at + l] += dense[from + l];
        }
      }
      const here = lowerHash[entries[i]];
      const before = i > 0 ? lowerHash[entries[i - 1]] : EDGE_HASH;
      const after = i + 1 < n ? lowerHash[entries[i + 1]] : EDGE_HASH;
      const beforeRow = table.row(featureKey(BIGRAM_BEFORE, before, here));
      if (beforeRow >= 0) for (let l = 0; l < LABELS; l++) out[at + l] += weights[beforeRow * LABELS + l] * scale;
      const afterRow = table.row(featureKey(BIGRAM_AFTER, here, after));
      if (afterRow >= 0) for (let l = 0; l < LABELS; l++) out[at + l] += weights[afterRow * LABELS + l] * scale;
    }
  }

  /** Viterbi over each sentence on its own. */
  private decode(input: TaggerInput, emissions: Float64Array, pass: Pass, out: Uint8Array): void {
    for (const sentence of input.doc.sentences) {
      const length = sentence.last - sentence.first + 1;
      if (this.path.length < length) { this.path = new Int32Array(length * 2); this.work = viterbiWork(length * 2, LABELS); }
      viterbiOpen(emissions.subarray(sentence.first * LABELS), length, LABELS, pass.transitions, this.open.subarray(sentence.first), this.path, this.work, pass.predecessors);
      for (let i = 0; i < length; i++) out[sentence.first + i] = this.path[i];
    }
  }
}
