/**
 * The trained name tagger, two passes of a first-order linear-chain model over wink-nlp's tokens
 * (BILOU labels for person, organization, place and misc). Pass 1 reads each token's words and
 * context; pass 2 reads the same and how pass 1 labelled the token, its neighbours and the same
 * word elsewhere in the article. Only the tokens a name can hold are scored (`gate.ts`), each with
 * a dozen rows of additions: its words' features summed per distinct word (`wordCache.ts`), its
 * context and document features summed per combination of values (`jointSums.ts`), and two word
 * pairs from the hashed table; then Viterbi over each sentence, over the steps BILOU allows.
 */
import { featureKey } from '../../../model/hash.js';
import { viterbiOpenAt, viterbiWork } from '../../../model/sequence.js';
import type { WeightTable } from '../../../model/weights.js';
import { CONTEXT, CONTEXT_COUNT } from './context.js';
import { DOCUMENT, DOCUMENT_COUNT, documentValues } from './documentFeatures.js';
import { BIGRAM_AFTER, BIGRAM_BEFORE, EDGE_HASH, type TaggerInput } from './features.js';
import { LABELS } from './labels.js';
import { CONTEXT_GROUPS, DOCUMENT_GROUPS, densePass, type Pass } from './pass.js';
import { CENTRE, SLOTS } from './wordFeatures.js';
import { WordCache } from './wordCache.js';
import { NEVER, nameable } from './gate.js';
import { JointSums } from './jointSums.js';

export interface TaggerWeights {
  first: WeightTable;
  /** Without a second pass, the first pass's labels are final. */
  second: WeightTable | null;
}

export interface Tagging {
  /** The final label of every token. */
  labels: Uint8Array;
  /** The final pass's scores, LABELS per token, for confidence: the tagger's own memory, overwritten by its next article. */
  emissions: Float64Array;
  transitions: Float32Array;
}

// `emit` writes the word slots out one by one.
if (SLOTS !== 5) throw new Error(`statements: the tagger sums five word slots, found ${SLOTS}`);

export class NameTagger {
  private readonly passes: Pass[];
  private readonly cache: WordCache;
  private readonly contextSums: JointSums;
  private readonly documentSums: JointSums | null;
  private entries = new Int32Array(0);
  private scores = new Float64Array(0);
  private document: Uint16Array = new Uint16Array(0);
  private contextEntries = new Int32Array(0);
  private documentEntries = new Int32Array(0);
  /** The keys of the word pairs before and after each token, the same in both passes. */
  private pairBefore = new Uint32Array(0);
  private pairAfter = new Uint32Array(0);
  private open = new Uint8Array(0);
  /** Where a token's rows start, in the word cache and in the sums of each group. */
  private readonly wordRows = new Int32Array(SLOTS);
  private readonly contextRows: Int32Array;
  private readonly documentRows: Int32Array;
  private work = viterbiWork(256, LABELS);

  constructor(weights: TaggerWeights) {
    this.passes = [densePass(weights.first, CONTEXT)];
    if (weights.second) this.passes.push(densePass(weights.second, [...CONTEXT, ...DOCUMENT]));
    this.cache = new WordCache(this.passes.map((p) => p.table));
    this.contextSums = new JointSums(CONTEXT, CONTEXT_GROUPS, this.passes.map((p) => ({ dense: p.dense, base: p.base, first: 0 })));
    const second = this.passes[1];
    this.documentSums = second ? new JointSums(DOCUMENT, DOCUMENT_GROUPS, [{ dense: second.dense, base: second.base, first: CONTEXT_COUNT }]) : null;
    this.contextRows = new Int32Array(this.contextSums.width);
    this.documentRows = new Int32Array(this.documentSums?.width ?? 0);
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
    this.room(n);
    const open = nameable(input.doc.tokens, this.open);
    const entries = this.entries;
    // A word's sums are read only by the open tokens within two of it.
    let nearCount = 0;
    let openCount = 0;
    for (let i = 0; i < n; i++) {
      const near = open[i] || (i > 0 && open[i - 1]) || (i > 1 && open[i - 2]) || (i + 1 < n && open[i + 1]) || (i + 2 < n && open[i + 2]);
      entries[i] = near ? 1 : 0;
      nearCount += entries[i];
      openCount += open[i];
    }
    this.cache.reserve(nearCount);
    for (let i = 0; i < n; i++) if (entries[i]) entries[i] = this.cache.entry(input.doc.tokens[i].text);
    this.contextSums.reserve(openCount);
    const lowerHash = this.cache.lowerHash;
    for (let i = 0; i < n; i++) {
      if (!open[i]) continue;
      this.contextSums.entriesOf(input.context, i, this.contextEntries);
      const here = lowerHash[entries[i]];
      this.pairBefore[i] = featureKey(BIGRAM_BEFORE, i > 0 ? lowerHash[entries[i - 1]] : EDGE_HASH, here);
      this.pairAfter[i] = featureKey(BIGRAM_AFTER, here, i + 1 < n ? lowerHash[entries[i + 1]] : EDGE_HASH);
    }
    const emissions = this.scores.subarray(0, n * LABELS);
    const labels = new Uint8Array(n);
    this.emit(n, 0, false, emissions);
    this.decode(input, emissions, this.passes[0], labels);
    if (passes < 2 || !this.documentSums) return { labels, emissions, transitions: this.passes[0].transitions };
    const document = documentValues(input.rules.view, labels, open, this.document);
    this.document = document;
    this.documentSums.reserve(openCount);
    for (let i = 0; i < n; i++) if (open[i]) this.documentSums.entriesOf(document, i, this.documentEntries);
    this.emit(n, 1, true, emissions);
    const final = new Uint8Array(n);
    this.decode(input, emissions, this.passes[1], final);
    return { labels: final, emissions, transitions: this.passes[1].transitions };
  }

  /** Per-token arrays for an article of `n` tokens, kept from one article to the next. */
  private room(n: number): void {
    if (this.entries.length >= n) return;
    this.entries = new Int32Array(n * 2);
    this.scores = new Float64Array(n * 2 * LABELS);
    this.open = new Uint8Array(n * 2);
    this.pairBefore = new Uint32Array(n * 2);
    this.pairAfter = new Uint32Array(n * 2);
    this.contextEntries = new Int32Array(n * 2 * this.contextSums.width);
    if (this.documentSums) this.documentEntries = new Int32Array(n * 2 * this.documentSums.width);
  }

  /**
   * Each open token's scores: its words' sums, its groups' sums, then the two word pairs, added in
   * that order. The word pairs' weights are not 32-bit floats, so they come last, as they always
   * have, to keep every score to the bit.
   */
  private emit(n: number, passIndex: number, withDocument: boolean, out: Float64Array): void {
    const pass = this.passes[passIndex];
    const { data, stride } = this.cache;
    const entries = this.entries;
    const weights = pass.table.weights;
    const scale = pass.table.scale;
    const table = pass.table;
    const passOffset = passIndex * SLOTS * LABELS;
    const open = this.open;
    const context = this.contextSums;
    const contextWidth = context.width;
    const contextSums = context.sums;
    const contextOffset = passIndex * LABELS;
    const document = this.documentSums;
    const documentWidth = withDocument && document ? document.width : 0;
    const documentSums = document ? document.sums : contextSums;
    const { wordRows, contextRows, documentRows } = this;
    for (let i = 0; i < n; i++) {
      const at = i * LABELS;
      if (!open[i]) {
        // The first pass's scores of a closed token stand in the second.
        if (passIndex > 0) continue;
        out[at] = 0;
        for (let l = 1; l < LABELS; l++) out[at + l] = NEVER;
        continue;
      }
      for (let slot = 0; slot < SLOTS; slot++) {
        const j = i + slot - CENTRE;
        wordRows[slot] = (j < 0 || j >= n ? 0 : entries[j]) * stride + passOffset + slot * LABELS;
      }
      for (let g = 0; g < contextWidth; g++) contextRows[g] = this.contextEntries[i * contextWidth + g] * context.stride + contextOffset;
      for (let g = 0; g < documentWidth; g++) documentRows[g] = this.documentEntries[i * documentWidth + g] * LABELS;
      const before = table.row(this.pairBefore[i]) * LABELS;
      const after = table.row(this.pairAfter[i]) * LABELS;
      // Label by label, the rows' weights summed in a register; the five word slots written out,
      // as a loop of five inside the loop over labels costs more.
      const w0 = wordRows[0], w1 = wordRows[1], w2 = wordRows[2], w3 = wordRows[3], w4 = wordRows[4];
      for (let l = 0; l < LABELS; l++) {
        let sum = data[w0 + l] + data[w1 + l] + data[w2 + l] + data[w3 + l] + data[w4 + l];
        for (let g = 0; g < contextWidth; g++) sum += contextSums[contextRows[g] + l];
        for (let g = 0; g < documentWidth; g++) sum += documentSums[documentRows[g] + l];
        if (before >= 0) sum += weights[before + l] * scale;
        if (after >= 0) sum += weights[after + l] * scale;
        out[at + l] = sum;
      }
    }
  }

  /** Viterbi over each sentence on its own. */
  private decode(input: TaggerInput, emissions: Float64Array, pass: Pass, out: Uint8Array): void {
    for (const sentence of input.doc.sentences) {
      const length = sentence.last - sentence.first + 1;
      if (this.work.back.length < length * LABELS) this.work = viterbiWork(length * 2, LABELS);
      viterbiOpenAt(emissions, sentence.first, length, LABELS, pass.transitions, this.open, out, this.work, pass.predecessors);
    }
  }
}
