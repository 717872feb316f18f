/**
 * The first three parts of the model over one article: each cue candidate scored (none / speech /
 * belief); for each cue likely enough, the best of its content candidates and then the best of
 * its speaker candidates, with how far ahead of the runner-up each was. The statement model
 * (statementFeatures.ts) then decides which of these are statements.
 */
import type { WeightTable } from '../../../model/weights.js';
import type { IntSet } from '../../../model/intSet.js';
import { contentCandidates, type ContentCandidate } from './contentCandidates.js';
import { Side, Start } from './contentKinds.js';
import { candidateSet, contentFeatures } from './contentFeatures.js';
import { cueCandidates, type CueCandidate } from './cueCandidates.js';
import { cueFeatures } from './cueFeatures.js';
import { FeatureBuffer } from './features.js';
import { ruleDraftAt, type ModelContext } from './modelContext.js';
import { packedOf, type PackedTable } from './packedTable.js';
import { speakerCandidates, type SpeakerCandidate } from './speakerCandidates.js';
import { speakerFeatures } from './speakerFeatures.js';

export interface CueTables {
  vocabulary: IntSet;
  cue: WeightTable;
  content: WeightTable;
  speaker: WeightTable;
}

export interface Judged {
  cue: CueCandidate;
  /** Score of speech and of belief, each less the best other label's score. */
  speech: number;
  belief: number;
  content: ContentCandidate;
  contentMargin: number;
  /** How many content candidates there were. */
  contents: number;
  speaker: SpeakerCandidate | null;
  speakerMargin: number;
  /** The rules' content for this cue, when they found one and it is not the chosen one, and how far it trails. */
  ruleContent?: ContentCandidate;
  ruleMargin?: number;
}

/** Cues whose speech and belief scores both trail "none" by more than this are not looked at further. */
export const CUE_FLOOR = -8;
/** The same for a cue the rules used, which the statement model weighs with the rules' vote. */
const RULE_CUE_FLOOR = -20;

/** Where content candidates come from, to measure what each source contributes alone. */
export type Source = 'rules' | 'boundaries' | 'quotes';

function sourceOf(c: ContentCandidate): Source[] {
  const own: Source = c.side === Side.quoteBefore || c.side === Side.quoteAfter || c.side === Side.interrupted ? 'quotes' : 'boundaries';
  return c.rules ? (c.start === Start.rules ? ['rules'] : ['rules', own]) : [own];
}

export function judgeCues(m: ModelContext, tables: CueTables, sources?: readonly Source[]): { judged: Judged[]; cues: CueCandidate[] } {
  const buffer = new FeatureBuffer();
  const scores = new Float64Array(3);
  const cueTable = packedOf(tables.cue);
  const contentTable = packedOf(tables.content);
  const speakerTable = packedOf(tables.speaker);
  const cues = cueCandidates(m.ctx.doc, m.keys, tables.vocabulary);
  const judged: Judged[] = [];
  for (const cue of cues) {
    buffer.clear();
    cueFeatures(m, cue, buffer);
    cueTable.score(buffer.keys, 0, buffer.length, scores);
    const speech = scores[1] - Math.max(scores[0], scores[2]);
    const belief = scores[2] - Math.max(scores[0], scores[1]);
    const floor = ruleDraftAt(m, cue.first, cue.last) ? RULE_CUE_FLOOR : CUE_FLOOR;
    if (speech < floor && belief < floor) continue;
    const everyone = speakerCandidates(m, cue);
    // A content that would hold every possible speaker leaves nobody to say it ("C, X, the minister, said").
    const leavesSpeaker = (c: ContentCandidate) => everyone.length === 0 || everyone.some(({ phrase: { source } }) => !inside(c, source.first, source.last));
    const all = contentCandidates(m, cue).filter(leavesSpeaker);
    const contents = sources ? all.filter((c) => sourceOf(c).some((s) => sources.includes(s))) : all;
    const set = candidateSet(contents);
    const content = best(contents, contentTable, buffer, (c) => contentFeatures(m, cue, c, set, buffer));
    if (!content) continue;
    const ruled = contents.find((c) => c.rules && c !== content.item);
    // Who speaks is never part of what they said.
    const speakers = everyone.filter(({ phrase: { source } }) => !inside(content.item, source.first, source.last));
    const speaker = best(speakers, speakerTable, buffer, (s) => speakerFeatures(m, cue, s, content.item, buffer));
    const j: Judged = {
      cue, speech, belief, content: content.item, contentMargin: content.margin, contents: contents.length,
      speaker: speaker?.item ?? null, speakerMargin: speaker?.margin ?? 0,
    };
    if (ruled) {
      buffer.clear();
      contentFeatures(m, cue, ruled, set, buffer);
      j.ruleContent = ruled;
      j.ruleMargin = contentTable.score1(buffer.keys, 0, buffer.length) - content.score;
    }
    judged.push(j);
  }
  return { judged, cues };
}

/** Whether tokens first ... last overlap the content (one of its fragments, where it has them). */
function inside(c: ContentCandidate, first: number, last: number): boolean {
  if (!c.fragments) return first <= c.last && last >= c.first;
  for (const [f, l] of c.fragments) if (first <= l && last >= f) return true;
  return false;
}

function best<T>(items: T[], table: PackedTable, buffer: FeatureBuffer, features: (item: T) => void): { item: T; score: number; margin: number } | null {
  let top: T | null = null;
  let first = -Infinity;
  let second = -Infinity;
  for (const item of items) {
    buffer.clear();
    features(item);
    const score = table.score1(buffer.keys, 0, buffer.length);
    if (score > first) { second = first; first = score; top = item; }
    else if (score > second) second = score;
  }
  return top === null ? null : { item: top, score: first, margin: second === -Infinity ? 99 : first - second };
}

/** A signed score as a small integer: its sign and the bucket of its size. */
export function signedBucket(x: number): number {
  const size = Math.abs(x);
  const b = size < 0.5 ? 0 : size < 1 ? 1 : size < 2 ? 2 : size < 4 ? 3 : size < 8 ? 4 : size < 16 ? 5 : 6;
  return x < 0 ? -b : b;
}
