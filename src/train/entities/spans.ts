/** Mentions by exact character span and type, as the scorer and the trainer's dev figures count them. */
import type { Doc } from '../../pipeline/doc.js';
import { TAG_TYPES, spansOf, type TagType } from '../../pipeline/entities/tagger/labels.js';
import type { TrainingMention } from './trainingDocument.js';

export interface SpanCounts {
  gold: number;
  predicted: number;
  matched: number;
}

export type SpanTally = Record<TagType, SpanCounts>;

export function emptyTally(): SpanTally {
  return Object.fromEntries(TAG_TYPES.map((t) => [t, { gold: 0, predicted: 0, matched: 0 }])) as SpanTally;
}

/** Adds one document's predicted labels (per token) against its gold mentions (by characters) to the tally. */
export function tallySpans(doc: Doc, gold: TrainingMention[], predicted: ArrayLike<number>, tally: SpanTally): void {
  const goldSpans = new Set(gold.map((m) => `${m.start}:${m.end}:${m.type}`));
  for (const m of gold) tally[m.type].gold++;
  for (const s of spansOf(predicted, 0, doc.tokens.length)) {
    const type = TAG_TYPES[s.type];
    tally[type].predicted++;
    if (goldSpans.has(`${doc.tokens[s.first].start}:${doc.tokens[s.last].end}:${type}`)) tally[type].matched++;
  }
}

export function f1(c: SpanCounts): number {
  return c.predicted + c.gold === 0 ? 0 : (2 * c.matched) / (c.predicted + c.gold);
}

/** "person 0.941 organization 0.893 ..." */
export function describeTally(tally: SpanTally): string {
  return TAG_TYPES.map((t) => `${t} ${f1(tally[t]).toFixed(3)}`).join(' ');
}
