/**
 * Features of a speaker candidate: how it was found, where it lies against the cue and the
 * content, what its head is (a pronoun, a name, an entity of which type, a noun), what is right
 * before and after it, whether the rules chose it.
 */
import months from '../../../data/months.json' with { type: 'json' };
import { words } from '../lexicon.js';
import { isQuoteMark } from '../quotes.js';
import type { CueCandidate } from './cueCandidates.js';
import { bucket, flag, type FeatureBuffer } from './features.js';
import type { ModelContext } from './modelContext.js';
import type { SpeakerCandidate } from './speakerCandidates.js';
import { tagId } from './tokenKeys.js';

/** Template numbers of the speaker features (80–109). */
const T = {
  method: 80, distance: 81, head: 82, entity: 83, length: 84, before: 85, after: 86, rules: 87, inContent: 88,
  quoteBetween: 89, cueTag: 90, headWord: 91, source: 92, side: 93, capital: 94, headClass: 95,
} as const;

/** What kind of word a phrase's head is, from the speaker lexicons: a title, a source, a body, a document, a group, a time. */
function headClass(word: string): number {
  if (words.titleWords.has(word)) return 1;
  if (words.anonymousHeads.has(word)) return 2;
  if (words.organizationHeads.has(word)) return 3;
  if (words.documentHeads.has(word)) return 4;
  if (words.groupHeads.has(word)) return 5;
  if (words.timeNouns.has(word) || MONTHS.has(word)) return 6;
  if (words.pronouns.has(word)) return 7;
  return 0;
}
const MONTHS = new Set(Object.keys(months.months));

export function speakerFeatures(
  m: ModelContext, cue: CueCandidate, s: SpeakerCandidate, content: { first: number; last: number } | null, out: FeatureBuffer,
): void {
  const types = m.types();
  const { keys, ctx } = m;
  const { tokens } = ctx.doc;
  const { phrase, source } = s.phrase;
  const head = s.phrase.head;
  const cueTag = tagId(tokens[cue.head].pos) * 4 + (cue.kind === 'word' ? 0 : cue.kind === 'according' ? 1 : 2);
  const before = source.last < cue.first;
  const distance = before ? cue.first - phrase.last - 1 : phrase.first - cue.last - 1;
  out.add(T.method, s.method, cueTag);
  out.add(T.side, flag(before), keys.cls(cue.last + 1));
  out.add(T.distance, s.method, bucket(Math.max(0, distance)));
  out.add(T.head, tagId(tokens[head].pos), tokens[head].pos === 'PRON' ? keys.lower(head) : 0);
  out.add(T.entity, types[source.last], types[head], s.method);
  out.add(T.length, bucket(source.last - source.first + 1), bucket(phrase.last - phrase.first + 1));
  out.add(T.before, keys.cls(phrase.first - 1), s.method);
  out.add(T.after, keys.cls(phrase.last + 1), s.method);
  out.add(T.rules, flag(s.rules), s.method);
  const inContent = content !== null && source.first <= content.last && source.last >= content.first;
  out.add(T.inContent, flag(inContent));
  let quote = 0;
  const [from, to] = before ? [phrase.last + 1, cue.first - 1] : [cue.last + 1, phrase.first - 1];
  for (let k = from; k <= to; k++) if (isQuoteMark(tokens[k].text)) quote = 1;
  out.add(T.quoteBetween, quote, s.method);
  out.add(T.cueTag, cueTag, s.method, tagId(tokens[cue.head].pos === 'VERB' && tokens[cue.head].text.endsWith('ing') ? 'X' : tokens[cue.head].pos));
  out.add(T.source, flag(source.first === phrase.first && source.last === phrase.last), s.method);
  out.add(T.capital, flag(/^\p{Lu}/u.test(tokens[source.last].text)), types[source.last] > 0 ? 1 : 0);
  out.add(T.headClass, headClass(tokens[head].text.toLowerCase()), headClass(tokens[source.last].text.toLowerCase()), s.method);
}
