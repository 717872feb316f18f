/**
 * The model's statements: each cue candidate is scored (none / speech / belief); for a cue that
 * counts, the best of its content candidates and then the best of its speaker candidates are
 * taken. Statements over the same words as a likelier one are dropped. What the rules found that
 * the model cannot judge (quotes without a cue of their own, sign-offs, block quotes) is kept.
 */
import type { FoundEntity } from '../../stages.js';
import { reportedDraft } from '../content.js';
import type { SpeechContext } from '../context.js';
import type { Draft } from '../draft.js';
import type { CueMatch } from '../lexicon.js';
import { contentCandidates, type ContentCandidate } from './contentCandidates.js';
import { candidateSet, contentFeatures } from './contentFeatures.js';
import { cueCandidates, type CueCandidate } from './cueCandidates.js';
import { cueFeatures } from './cueFeatures.js';
import { FeatureBuffer } from './features.js';
import { modelContext, type ModelContext } from './modelContext.js';
import { speakerCandidates, type SpeakerCandidate } from './speakerCandidates.js';
import { entityTypes, speakerFeatures } from './speakerFeatures.js';
import { BELIEF, SPEECH, type SpeechModel } from './speechModel.js';

export interface ChooseOptions {
  /** Also report beliefs, intentions and perceptions ("believes", "wants"), marked `speech: false`. */
  beliefs?: boolean;
}

/** Cues less likely than this are not looked at further. */
const FLOOR = 0.05;
const SAME_WORDS = 0.5;

export function chooseStatements(ctx: SpeechContext, rules: Draft[], entities: FoundEntity[], model: SpeechModel, options: ChooseOptions = {}): Draft[] {
  const m = modelContext(ctx, rules);
  const buffer = new FeatureBuffer();
  const scores = new Float64Array(3);
  const cues = cueCandidates(ctx.doc, m.keys, model.vocabulary);
  const covered = new Set<number>();
  const found: Draft[] = [];
  let types: Uint8Array | undefined;
  for (const cue of cues) {
    for (let k = cue.first; k <= cue.last; k++) covered.add(k);
    buffer.clear();
    cueFeatures(m, cue, buffer);
    model.cue.score(buffer.keys, 0, buffer.length, scores);
    const [, speech, belief] = softmax(scores, model.temperature);
    const isSpeech = speech >= belief;
    const p = options.beliefs ? Math.max(speech, belief) : speech;
    if (p < FLOOR || p < model.threshold) continue;
    const content = bestContent(m, cue, model, buffer);
    if (!content) continue;
    types ??= entityTypes(m, entities);
    const speaker = bestSpeaker(m, cue, content, model, buffer, types);
    const draft = reportedDraft(ctx, content.first, content.last, { cue: cueMatch(m, cue), speaker: speaker?.phrase ?? null });
    if (content.fragments) draft.fragments = content.fragments;
    if (isQuotation(ctx, content)) draft.kind = 'direct';
    draft.confidence = p;
    if (!isSpeech) draft.speech = false;
    found.push(draft);
  }
  const chosen = dropRepeats(found, ctx);
  const kept = rules.filter((d) => (!d.cue || !covered.has(d.cue.first)) && !chosen.some((c) => sameWords(ctx, c, d)));
  return [...chosen, ...kept];
}

function bestContent(m: ModelContext, cue: CueCandidate, model: SpeechModel, buffer: FeatureBuffer): ContentCandidate | null {
  const candidates = contentCandidates(m, cue);
  const set = candidateSet(candidates);
  const score = new Float64Array(1);
  let best: ContentCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    buffer.clear();
    contentFeatures(m, cue, c, set, buffer);
    model.content.score(buffer.keys, 0, buffer.length, score);
    if (score[0] > bestScore) { best = c; bestScore = score[0]; }
  }
  return best;
}

function bestSpeaker(m: ModelContext, cue: CueCandidate, content: ContentCandidate, model: SpeechModel, buffer: FeatureBuffer, types: Uint8Array): SpeakerCandidate | null {
  const score = new Float64Array(1);
  let best: SpeakerCandidate | null = null;
  let bestScore = -Infinity;
  for (const s of speakerCandidates(m, cue)) {
    buffer.clear();
    speakerFeatures(m, cue, s, content, types, buffer);
    model.speaker.score(buffer.keys, 0, buffer.length, score);
    if (score[0] > bestScore) { best = s; bestScore = score[0]; }
  }
  return best;
}

/** The words inside one quotation's marks, or in two quotations the attribution interrupts. */
function isQuotation(ctx: SpeechContext, content: ContentCandidate): boolean {
  const pieces = content.fragments ?? [[content.first, content.last]];
  return pieces.every(([first, last]) => {
    const q = ctx.quoteOf[first];
    return q >= 0 && ctx.quotes[q].first === first && ctx.quotes[q].last === last;
  });
}

export function softmax(scores: Float64Array, temperature: number): number[] {
  const max = Math.max(...scores);
  const e = [...scores].map((s) => Math.exp((s - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

const CUE_DEFAULTS = { cls: 'neutral' as const, strict: false, participle: false };

/** The cue as the rest of the pipeline knows cues: the rules' entry where the word has one. */
function cueMatch(m: ModelContext, cue: CueCandidate): CueMatch {
  const known = m.ctx.cues[cue.head];
  if (known) return known;
  const lemma = cue.kind === 'according' ? 'according to' : cue.kind === 'colon' ? ':' : m.ctx.doc.lemma(cue.head);
  return { ...CUE_DEFAULTS, lemma, first: cue.first, last: cue.last, participle: m.ctx.doc.tokens[cue.head].text.endsWith('ing') };
}

/** Of statements over mostly the same words, the likeliest. */
function dropRepeats(drafts: Draft[], ctx: SpeechContext): Draft[] {
  const order = [...drafts].sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0));
  const kept: Draft[] = [];
  for (const d of order) if (!kept.some((k) => sameWords(ctx, k, d))) kept.push(d);
  return kept;
}

function sameWords(ctx: SpeechContext, a: Draft, b: Draft): boolean {
  const { tokens } = ctx.doc;
  const inter = Math.min(tokens[a.last].end, tokens[b.last].end) - Math.max(tokens[a.first].start, tokens[b.first].start);
  const union = Math.max(tokens[a.last].end, tokens[b.last].end) - Math.min(tokens[a.first].start, tokens[b.first].start);
  return inter / union >= SAME_WORDS;
}
