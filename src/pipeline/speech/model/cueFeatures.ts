/**
 * Features of a cue candidate: the word (which the model learns from PolNeAR), what WordNet and
 * the rules say of it, its tag and ending, the words around it as classes, quotation marks near
 * it, and whether it is negated, passive or an infinitive. The word features come first, so that
 * training can leave them out at random and the other features learn to stand for unseen words.
 */
import { isNegated, isPassive } from '../clause.js';
import { entryOfForm } from './cueLexicon.js';
import type { CueCandidate } from './cueCandidates.js';
import { bucket, flag, type FeatureBuffer } from './features.js';
import { ruleDraftAt, type ModelContext } from './modelContext.js';
import { endingOf, tagId } from './tokenKeys.js';

/** Template numbers of the cue features (1–39). */
const T = {
  word: 1, wordTag: 2, wordNext: 3, wordPrev: 4,
  lexicon: 10, lexiconShare: 11, listed: 12, tag: 13, prev: 14, prev2: 15, next: 16, next2: 17, around: 18,
  quote: 19, rules: 20, clause: 21, position: 22, capital: 23, quoteNear: 24, kind: 25, line: 26, bias: 27,
} as const;

/** Adds the word features; returns where the others start. */
export function cueFeatures(m: ModelContext, c: CueCandidate, out: FeatureBuffer): number {
  const { keys, ctx } = m;
  const { doc } = ctx;
  const h = c.head;
  const word = keys.lower(h);
  const tag = tagId(doc.tokens[h].pos);
  out.add(T.word, word);
  out.add(T.wordTag, word, tag);
  out.add(T.wordNext, word, keys.cls(c.last + 1));
  out.add(T.wordPrev, word, keys.cls(c.first - 1));
  const others = out.length;
  const kind = c.kind === 'word' ? 1 : c.kind === 'according' ? 2 : 3;
  out.add(T.bias, kind);
  out.add(T.kind, kind, keys.cls(c.last + 1));
  const text = doc.tokens[h].text;
  const entry = c.kind === 'word' ? entryOfForm(word) : undefined;
  if (entry) {
    out.add(T.lexicon, flag(entry.communication > 0) + 2 * flag(entry.cognition > 0), entry.first);
    out.add(T.lexiconShare, Math.round((4 * entry.communication) / entry.senses), Math.round((4 * entry.cognition) / entry.senses));
  } else out.add(T.lexicon, 9);
  const rule = ruleDraftAt(m, c.first, c.last);
  out.add(T.listed, flag(ctx.cues[h] !== null), ctx.cues[h]?.strict ? 1 : 0);
  out.add(T.rules, rule ? 1 + (rule.kind === 'direct' ? 1 : rule.kind === 'mixed' ? 2 : 0) : 0);
  out.add(T.tag, tag, endingOf(text));
  out.add(T.prev, keys.cls(c.first - 1), tag);
  out.add(T.prev2, keys.cls(c.first - 2), keys.cls(c.first - 1));
  out.add(T.next, keys.cls(c.last + 1), tag);
  out.add(T.next2, keys.cls(c.last + 1), keys.cls(c.last + 2));
  out.add(T.around, keys.cls(c.first - 1), keys.cls(c.last + 1));
  out.add(T.quote, flag(ctx.quoteOf[h] >= 0));
  out.add(T.clause, c.kind === 'word' ? 1 + flag(isNegated(ctx, c.first)) + 2 * flag(isPassive(ctx, c.first)) : 0);
  const sentence = doc.sentences[doc.tokens[h].sentence];
  out.add(T.position, bucket(h - sentence.first), flag(sentence.last - h <= 2));
  const code = text.charCodeAt(0);
  out.add(T.capital, flag(code >= 65 && code <= 90), flag(h === sentence.first));
  const near = m.quoteNear();
  out.add(T.quoteNear, near[2 * h], near[2 * h + 1]);
  out.add(T.line, bucket(ctx.paragraphSizes[ctx.paragraphs[h]] ?? 0));
  return others;
}
