/**
 * Features of a content candidate, for ranking one cue's candidates: where it lies against the
 * cue, how it starts and ends and what comes right after its end (as word classes: ", which",
 * ", citing", "and" + verb), its length, the verbs, cues and quotation marks inside it, whether
 * the rules proposed it, and how many other candidates share its start or end.
 */
import { isSentenceEnd } from '../context.js';
import { Count } from './tokenCounts.js';
import type { ContentCandidate } from './contentCandidates.js';
import type { CueCandidate } from './cueCandidates.js';
import { bucket, flag, type FeatureBuffer } from './features.js';
import type { ModelContext } from './modelContext.js';
import { tagId } from './tokenKeys.js';

/** Template numbers of the content features (40–79). */
const T = {
  side: 40, start: 41, end: 42, startEnd: 43, rank: 44, length: 45, verbs: 46, cues: 47, quotes: 48, rules: 49,
  after: 50, after2: 51, before: 52, first: 53, last: 54, sentences: 55, cueTag: 56, shared: 57, gap: 58,
  endsSentence: 59, finite: 60, cueNext: 61, fragments: 62, within: 63, crosses: 64, cueWord: 65, cueAfter: 66,
} as const;

const CUE_AFTER_REACH = 4;

export interface CandidateSet {
  starts: Map<number, number>;
  ends: Map<number, number>;
}

/** How many of a cue's candidates start and end at each token, for the "shared" features. */
export function candidateSet(candidates: ContentCandidate[]): CandidateSet {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const c of candidates) {
    starts.set(c.first, (starts.get(c.first) ?? 0) + 1);
    ends.set(c.last, (ends.get(c.last) ?? 0) + 1);
  }
  return { starts, ends };
}

export function contentFeatures(m: ModelContext, cue: CueCandidate, c: ContentCandidate, set: CandidateSet, out: FeatureBuffer): void {
  const { keys, ctx } = m;
  const { doc } = ctx;
  const { tokens } = doc;
  const cueTag = tagId(tokens[cue.head].pos) * 4 + (cue.kind === 'word' ? 0 : cue.kind === 'according' ? 1 : 2);
  out.add(T.side, c.side, cueTag);
  out.add(T.start, c.side, c.start);
  out.add(T.end, c.side, c.end);
  out.add(T.startEnd, c.start, c.end);
  out.add(T.rank, c.side, c.end, Math.min(c.rank, 5));
  const length = c.last - c.first + 1;
  out.add(T.length, c.side, bucket(length));
  const { counts } = m;
  const verbs = counts.count(Count.verbs, c.first, c.last);
  const finite = counts.count(Count.finite, c.first, c.last);
  // Cue words inside, other than the cue itself (an interrupted quotation holds its own cue).
  const cues = counts.count(Count.cues, c.first, c.last) - counts.count(Count.cues, Math.max(c.first, cue.first), Math.min(c.last, cue.last));
  const marks = counts.count(Count.marks, c.first, c.last);
  out.add(T.verbs, c.side, Math.min(verbs, 4));
  out.add(T.finite, c.start, Math.min(finite, 3));
  out.add(T.cues, c.side, Math.min(cues, 3));
  // Marks inside: none, a whole quotation, or a quotation cut in two (odd).
  out.add(T.quotes, c.side, Math.min(marks, 4), marks % 2);
  out.add(T.rules, flag(c.rules), c.side);
  out.add(T.after, keys.cls(c.last + 1), c.side);
  out.add(T.after2, keys.cls(c.last + 1), keys.cls(c.last + 2));
  out.add(T.before, keys.cls(c.first - 1), c.side);
  out.add(T.first, keys.cls(c.first), c.start);
  out.add(T.last, keys.cls(c.last), c.end);
  out.add(T.sentences, c.side, Math.min(tokens[c.last].sentence - tokens[c.first].sentence, 3));
  out.add(T.cueTag, cueTag, c.side, c.start);
  out.add(T.shared, Math.min(set.starts.get(c.first) ?? 0, 6), Math.min(set.ends.get(c.last) ?? 0, 6));
  const gap = c.first > cue.last ? c.first - cue.last - 1 : c.last < cue.first ? cue.first - c.last - 1 : 0;
  out.add(T.gap, c.side, bucket(gap));
  const next = tokens[c.last + 1];
  out.add(T.endsSentence, flag(next === undefined || isSentenceEnd(next.text) || next.type === 'tabCRLF'), c.side);
  out.add(T.cueNext, keys.cls(cue.last + 1), c.side, c.start);
  out.add(T.fragments, c.fragments ? c.fragments.length : 0, c.side);
  out.add(T.within, flag(ctx.quoteOf[c.first] >= 0), flag(ctx.quoteOf[c.last] >= 0), c.side);
  // Sentence ends between the cue and the content: a quotation after "X said C." is seldom C's.
  const [from, to] = c.first > cue.last ? [cue.last + 1, c.first - 1] : [c.last + 1, cue.first - 1];
  const ends = counts.count(Count.ends, from, to);
  out.add(T.crosses, Math.min(ends, 2), c.side);
  // The cue word with the shape of its content: "said" + a noun phrase is no content, "called for" + one is.
  out.add(T.cueWord, keys.lower(cue.head), c.side, Math.min(verbs, 1));
  // "“Q2”, it added": another cue right after the content claims it.
  let after = 0;
  for (let k = c.last + 1; k < tokens.length && k - c.last <= CUE_AFTER_REACH && !after; k++) {
    if (isSentenceEnd(tokens[k].text) || tokens[k].type === 'tabCRLF') break;
    if (ctx.cues[k] !== null && (k < cue.first || k > cue.last)) after = 1;
  }
  out.add(T.cueAfter, after, c.side);
}
