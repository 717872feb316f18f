/**
 * Features of a judged cue as a whole statement, for the last decision (is this a statement?):
 * how sure the cue model was, what the chosen content is (its length, verbs, quotation marks,
 * whether it is only a name), how clearly it beat the other boundaries, who speaks, whether the
 * rules found it too, and the cue word with the shape of its content ("questioned" + a name is
 * rarely speech; "called for" + a noun phrase often is).
 */
import { Count } from './tokenCounts.js';
import { bucket, flag, type FeatureBuffer } from './features.js';
import { signedBucket, type Judged } from './judge.js';
import { ruleDraftAt, type ModelContext } from './modelContext.js';
import { tagId } from './tokenKeys.js';

/** Template numbers of the statement features (110–139). */
const T = {
  bias: 110, cue: 111, belief: 112, side: 113, length: 114, verbs: 115, marks: 116, named: 117, margin: 118,
  speaker: 119, speakerMargin: 120, rules: 121, wordVerb: 122, wordLength: 123, wordSide: 124, first: 125,
  after: 126, kind: 127, contents: 128, nested: 129,
} as const;

export function statementFeatures(m: ModelContext, j: Judged, inside: number, out: FeatureBuffer): void {
  const { keys, ctx, counts } = m;
  const { tokens } = ctx.doc;
  const types = m.types();
  const { cue, content } = j;
  const word = keys.lower(cue.head);
  const verbs = counts.count(Count.verbs, content.first, content.last);
  const marks = counts.count(Count.marks, content.first, content.last);
  const named = counts.count(Count.named, content.first, content.last);
  const words = counts.count(Count.words, content.first, content.last);
  const length = bucket(content.last - content.first + 1);
  const hasVerb = Math.min(verbs, 2);
  out.add(T.bias);
  out.add(T.cue, signedBucket(j.speech), cue.kind === 'word' ? tagId(tokens[cue.head].pos) : 20 + (cue.kind === 'according' ? 1 : 2));
  out.add(T.belief, signedBucket(j.belief));
  out.add(T.side, content.side, content.start, content.end);
  out.add(T.length, length, content.side);
  out.add(T.verbs, hasVerb, content.side);
  out.add(T.marks, Math.min(marks, 3), marks % 2);
  // Content that is all a name: a listener or a target ("questioned the student", "praised Ann Veld").
  out.add(T.named, flag(named === words && words > 0), flag(words <= 3));
  out.add(T.margin, signedBucket(j.contentMargin), Math.min(j.contents, 6));
  const s = j.speaker;
  out.add(T.speaker, s ? s.method : 0, s ? types[s.phrase.source.last] : 0, s ? tagId(tokens[s.phrase.head].pos) : 0);
  out.add(T.speakerMargin, signedBucket(j.speakerMargin));
  const rule = ruleDraftAt(m, cue.first, cue.last);
  out.add(T.rules, rule ? 1 + flag(rule.first === content.first && rule.last === content.last) : 0, rule?.kind === 'direct' ? 1 : 0);
  out.add(T.wordVerb, word, hasVerb);
  out.add(T.wordLength, word, length);
  out.add(T.wordSide, word, content.side);
  out.add(T.first, keys.cls(content.first), content.side);
  out.add(T.after, keys.cls(content.last + 1), hasVerb);
  out.add(T.contents, Math.min(j.contents, 8));
  out.add(T.nested, Math.min(inside, 2));
}
