/** A statement while the passes build it; `finish` turns drafts into FoundStatements in text order. */
import type { TextRange } from '../doc.js';
import type { FoundStatement } from '../stages.js';
import type { StatementKind } from '../../types.js';
import type { CueMatch } from './lexicon.js';
import type { SpeakerPhrase } from './speakerMention.js';
import type { SpeechContext } from './context.js';

export interface Draft {
  kind: StatementKind;
  /** Content tokens, inclusive. */
  first: number;
  last: number;
  cue: CueMatch | null;
  speaker: SpeakerPhrase | null;
  /** The statement whose speaker this one shares (interrupted, continued, follow-on or "adding that"). */
  inherits?: Draft;
  /** The same words from the source this statement quotes ("according to X, quoting Y, C"). */
  layer?: Draft;
  /** The pieces of a content its attribution interrupts, tokens inclusive. */
  fragments?: [number, number][];
  /** 0–1, where the model decided. */
  confidence?: number;
  /** false for a belief, intention or perception rather than speech. */
  speech?: boolean;
}

export function finish(ctx: SpeechContext, drafts: Draft[]): FoundStatement[] {
  const { doc } = ctx;
  const ordered = [...drafts].sort((a, b) => a.first - b.first || b.last - a.last);
  // Where each draft was found; looking it up in the list for every pair took time quadratic in the drafts.
  const found = new Map(drafts.map((d, i) => [d, i]));
  const kept: Draft[] = [];
  for (const d of ordered) {
    const prev = kept[kept.length - 1];
    // Two passes may find the same words; keep the first (direct passes run first). A layer stays.
    if (prev && d.first <= prev.last && sameWords(prev, d) && prev.layer !== d && d.layer !== prev) {
      if (preferred(d, prev, found)) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  const index = new Map(kept.map((d, i) => [d, i]));
  return kept.map((d): FoundStatement => {
    const cueRange: (TextRange & { lemma: string }) | null = d.cue
      ? { first: d.cue.first, last: d.cue.last, start: doc.tokens[d.cue.first].start, end: doc.tokens[d.cue.last].end, lemma: d.cue.lemma }
      : null;
    let from = d.inherits;
    while (from && !index.has(from)) from = from.inherits;
    let speaker = d.speaker;
    for (let up = d.inherits; !speaker && up; up = up.inherits) speaker = up.speaker;
    const statement: FoundStatement = {
      kind: d.kind,
      content: { start: doc.tokens[d.first].start, end: doc.tokens[d.last].end },
      cue: cueRange,
      source: speaker?.source ?? null,
      sentence: doc.tokens[d.cue ? d.cue.first : d.first].sentence,
      speakerPhrase: speaker?.phrase ?? null,
    };
    if (d.cue) statement.cueClass = d.cue.cls;
    if (d.fragments) statement.fragments = d.fragments.map(([f, l]) => ({ start: doc.tokens[f].start, end: doc.tokens[l].end, sentence: doc.tokens[f].sentence }));
    if (d.confidence !== undefined) statement.confidence = d.confidence;
    if (d.speech === false) statement.speech = false;
    if (speaker) statement.speakerHead = speaker.head;
    if (speaker?.antecedent) statement.antecedent = speaker.antecedent;
    if (!d.speaker && from !== undefined && index.get(from)! < index.get(d)!) statement.inheritsFrom = index.get(from);
    return statement;
  });
}

/**
 * Two passes found the same statement: spans that mostly coincide, or a quote without a cue of
 * its own inside a reported statement ("Veld said C “Q”"). A quote with its own cue inside a
 * longer report ("... a message stating “Q”") is a statement of its own.
 */
function sameWords(a: Draft, b: Draft): boolean {
  const inter = Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1;
  const union = Math.max(a.last, b.last) - Math.min(a.first, b.first) + 1;
  if (inter / union > 0.5) return true;
  const smaller = a.last - a.first < b.last - b.first ? a : b;
  return inter / (smaller.last - smaller.first + 1) > 0.5 && smaller.cue === null;
}

/**
 * Of two drafts over the same words, the one with a cue of its own ("Veld said C “Q”" over a
 * floating “Q”), else the one found first (direct quotes are found before reported speech).
 */
function preferred(d: Draft, over: Draft, found: Map<Draft, number>): boolean {
  if ((d.cue === null) !== (over.cue === null)) return d.cue !== null;
  return found.get(d)! < found.get(over)!;
}
