/**
 * Training examples of one article for the three parts of the speech model: every cue candidate
 * with its label (none, speech, belief); for each gold cue, its content candidates with how well
 * each overlaps the gold content, and its speaker candidates with how well each overlaps the
 * gold source. The same candidate and feature code runs here as at run time.
 */
import { contentCandidates, type ContentCandidate } from '../pipeline/speech/model/contentCandidates.js';
import { candidateSet, contentFeatures } from '../pipeline/speech/model/contentFeatures.js';
import { cueCandidates } from '../pipeline/speech/model/cueCandidates.js';
import { cueFeatures } from '../pipeline/speech/model/cueFeatures.js';
import { FeatureBuffer } from '../pipeline/speech/model/features.js';
import { modelContext } from '../pipeline/speech/model/modelContext.js';
import { speakerCandidates } from '../pipeline/speech/model/speakerCandidates.js';
import { speakerFeatures } from '../pipeline/speech/model/speakerFeatures.js';
import { BELIEF, NONE, SPEECH } from '../pipeline/speech/model/speechModel.js';
import type { GoldAttribution, TrainingArticle } from './speechGold.js';
import { isCueForm } from '../pipeline/speech/lexicon.js';
import type { IntSet } from '../model/intSet.js';

export interface CueExample {
  keys: Uint32Array;
  /** The first `words` keys are the word features, which training leaves out now and then. */
  words: number;
  label: number;
}

/** Candidates to rank: candidate i's keys are `keys[offsets[i] ... offsets[i + 1])`; `quality` 0–1. */
export interface RankExample {
  keys: Uint32Array;
  offsets: Uint32Array;
  quality: Float32Array;
}

export interface PoolCounts {
  /** Gold speech attributions, and those whose cue, content and speaker the candidates hold. */
  gold: number;
  cue: number;
  content: number;
  speaker: number;
}

export interface ArticleExamples {
  cues: CueExample[];
  contents: RankExample[];
  speakers: RankExample[];
  pool: PoolCounts;
}

export const MATCH = 0.5;

export function articleExamples(article: TrainingArticle, vocabulary: IntSet): ArticleExamples {
  const m = modelContext(article.ctx, article.rules);
  const { doc } = article;
  const byHead = new Map<number, GoldAttribution>();
  for (const g of article.gold) if (g.head >= 0 && !byHead.has(g.head)) byHead.set(g.head, g);
  const buffer = new FeatureBuffer();
  const out: ArticleExamples = { cues: [], contents: [], speakers: [], pool: { gold: 0, cue: 0, content: 0, speaker: 0 } };
  for (const g of article.gold) if (g.speech && g.head >= 0) out.pool.gold++;
  // Pool counts stay on the gold's own notion of speech, as the scorer counts recall.
  for (const cue of cueCandidates(doc, m.keys, vocabulary)) {
    let gold: GoldAttribution | undefined;
    for (let k = cue.first; k <= cue.last && !gold; k++) gold = byHead.get(k);
    buffer.clear();
    const others = cueFeatures(m, cue, buffer);
    out.cues.push({ keys: buffer.copy(0), words: others, label: gold ? (isSpeech(article, gold) ? SPEECH : BELIEF) : NONE });
    if (!gold) continue;
    if (gold.speech) out.pool.cue++;
    const contents = contentCandidates(m, cue);
    const set = candidateSet(contents);
    const contentQuality = contents.map((c) => piecesOverlap(gold!.content, (c.fragments ?? [[c.first, c.last]]).map(([f, l]) => [doc.tokens[f].start, doc.tokens[l].end])));
    const bestAt = argmax(contentQuality);
    if (bestAt >= 0 && contentQuality[bestAt] >= MATCH) {
      if (gold.speech) out.pool.content++;
      out.contents.push(rankExample(buffer, contents, (c) => contentFeatures(m, cue, c, set, buffer), contentQuality));
    }
    if (!gold.source) continue;
    const content: ContentCandidate | null = bestAt >= 0 ? contents[bestAt] : null;
    const speakers = speakerCandidates(m, cue);
    const [a, b] = gold.source;
    const speakerQuality = speakers.map(({ phrase }) => overlap(a, b, doc.tokens[phrase.source.first].start, doc.tokens[phrase.source.last].end));
    const best = argmax(speakerQuality);
    if (best < 0 || speakerQuality[best] === 0) continue;
    if (gold.speech && bestAt >= 0 && contentQuality[bestAt] >= MATCH) out.pool.speaker++;
    out.speakers.push(rankExample(buffer, speakers, (s) => speakerFeatures(m, cue, s, content, buffer), speakerQuality));
  }
  return out;
}

/**
 * Speech as this project counts it: what the gold calls speech, and also what a verb of the
 * rules' cue list reports ("revealed", "ruled", "concluded"), which PolNeAR's converter files
 * with beliefs because its own list of speech verbs is shorter.
 */
export function isSpeech(article: TrainingArticle, gold: GoldAttribution): boolean {
  return gold.speech || (gold.head >= 0 && isCueForm(article.doc.tokens[gold.head].text));
}

function rankExample<T>(buffer: FeatureBuffer, candidates: T[], features: (c: T) => void, quality: number[]): RankExample {
  buffer.clear();
  const offsets = new Uint32Array(candidates.length + 1);
  candidates.forEach((c, i) => {
    offsets[i] = buffer.length;
    features(c);
  });
  offsets[candidates.length] = buffer.length;
  return { keys: buffer.copy(0), offsets, quality: Float32Array.from(quality) };
}

function argmax(values: number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best < 0 || values[i] > values[best]) best = i;
  return best;
}

/** Intersection over union of a span with the gold pieces, as the scorer counts it. */
export function jaccard(pieces: [number, number][], start: number, end: number): number {
  let inter = 0;
  let length = 0;
  for (const [s, e] of pieces) {
    length += e - s;
    inter += Math.max(0, Math.min(e, end) - Math.max(s, start));
  }
  const union = length + (end - start) - inter;
  return union > 0 ? inter / union : 0;
}

/** Intersection over union of two sets of pieces (a content in fragments against the gold's). */
function piecesOverlap(gold: [number, number][], predicted: [number, number][]): number {
  let inter = 0;
  let length = 0;
  for (const [s, e] of gold) {
    length += e - s;
    for (const [ps, pe] of predicted) inter += Math.max(0, Math.min(e, pe) - Math.max(s, ps));
  }
  for (const [ps, pe] of predicted) length += pe - ps;
  const union = length - inter;
  return union > 0 ? inter / union : 0;
}

function overlap(a: number, b: number, s: number, e: number): number {
  const inter = Math.min(b, e) - Math.max(a, s);
  return inter > 0 ? inter / (Math.max(b, e) - Math.min(a, s)) : 0;
}
