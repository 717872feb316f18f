/**
 * Counts over any stretch of tokens in constant time: prefix sums over the article, made on the
 * first question, so that a feature of a long content (a quotation of many paragraphs) costs
 * no more than one of a short one.
 */
import { isSentenceEnd, type SpeechContext } from '../context.js';
import { isQuoteMark } from '../quotes.js';

/** `said` counts what is not punctuation or space: words, numbers, "@handles", e-mail addresses. */
export const Count = { verbs: 0, finite: 1, cues: 2, marks: 3, words: 4, named: 5, ends: 6, said: 7 } as const;
export type Count = (typeof Count)[keyof typeof Count];
const KINDS = 8;

export class TokenCounts {
  private prefix: Int32Array | undefined;

  constructor(private readonly ctx: SpeechContext, private readonly types: () => Uint8Array) {}

  /** How many tokens of `first ... last` (inclusive) are of this kind; 0 for an empty stretch. */
  count(kind: Count, first: number, last: number): number {
    if (last < first) return 0;
    const p = (this.prefix ??= this.build());
    return p[(last + 1) * KINDS + kind] - p[first * KINDS + kind];
  }

  private build(): Int32Array {
    const { tokens } = this.ctx.doc;
    const types = this.types();
    const p = new Int32Array((tokens.length + 1) * KINDS);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const at = i * KINDS;
      const next = at + KINDS;
      for (let k = 0; k < KINDS; k++) p[next + k] = p[at + k];
      const verb = t.pos === 'VERB' || t.pos === 'AUX';
      if (verb) p[next + Count.verbs]++;
      if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.text.endsWith('ing'))) p[next + Count.finite]++;
      if (this.ctx.cues[i] !== null) p[next + Count.cues]++;
      if (isQuoteMark(t.text)) p[next + Count.marks]++;
      if (t.type === 'word') {
        p[next + Count.words]++;
        if (types[i] > 0) p[next + Count.named]++;
      }
      if (this.ctx.quoteOf[i] < 0 && isSentenceEnd(t.text)) p[next + Count.ends]++;
      if (t.type !== 'punctuation' && t.type !== 'tabCRLF' && t.type !== 'space' && t.pos !== 'PUNCT') p[next + Count.said]++;
    }
    return p;
  }
}
