/**
 * The temperature that turns the tagger's scores into confidences that mean what they say. A
 * perceptron's scores are margins, not log-probabilities: read as a CRF's at temperature 1 nearly
 * every name comes out at 1.000, right or wrong. Dividing the scores by T > 1 spreads them; T is the
 * one that makes each tagged name's confidence (the lowest marginal over its tokens, as the entity
 * stage reads it) the best predictor, by log loss, of the name being right (exact span and type).
 */
import { spansOf, TAG_TYPES } from '../../pipeline/entities/tagger/labels.js';
import { ConfidenceWork } from '../../pipeline/entities/tagger/confidence.js';
import type { NameTagger } from '../../pipeline/entities/tagger/tagger.js';
import type { PreparedDocument } from './prepare.js';

/**
 * The temperatures tried: 1 to 256 in steps of a quarter octave (log loss is flat near its
 * minimum). The scores are sums of many averaged weights, so the best T is far above 1.
 */
export const TEMPERATURES = Array.from({ length: 33 }, (_, k) => Number((2 ** (k / 4)).toFixed(2)));
/** Confidences are kept off 0 and 1 so that a sure mistake costs a finite loss. */
const EPSILON = 1e-6;

export interface Judged {
  /** Per tagged name, its confidence at each temperature of TEMPERATURES. */
  confidence: Float64Array[];
  right: boolean[];
}

/** Each name the tagger finds in the documents, with its confidence at every temperature and whether it is right. */
export function judgeNames(tagger: NameTagger, documents: PreparedDocument[]): Judged {
  const works = TEMPERATURES.map((t) => new ConfidenceWork(tagger.finalTransitions, t));
  const judged: Judged = { confidence: [], right: [] };
  for (const d of documents) {
    const tagging = tagger.tag(d.input);
    const n = d.doc.tokens.length;
    const gold = new Set(d.mentions.map((m) => `${m.start}:${m.end}:${m.type}`));
    const spans = spansOf(tagging.labels, 0, n);
    if (spans.length === 0) continue;
    const marginal = works.map(() => new Float64Array(n));
    for (const s of d.doc.sentences) {
      if (!spans.some((span) => span.first >= s.first && span.last <= s.last)) continue;
      works.forEach((work, k) => work.marginals(tagging.emissions, tagging.labels, s.first, s.last, marginal[k]));
    }
    for (const span of spans) {
      const confidence = new Float64Array(TEMPERATURES.length);
      marginal.forEach((m, k) => {
        let low = 1;
        for (let i = span.first; i <= span.last; i++) low = Math.min(low, m[i]);
        confidence[k] = low;
      });
      judged.confidence.push(confidence);
      judged.right.push(gold.has(`${d.doc.tokens[span.first].start}:${d.doc.tokens[span.last].end}:${TAG_TYPES[span.type]}`));
    }
  }
  return judged;
}

/** Mean log loss of the names' confidences at temperature index k. */
export function logLoss(judged: Judged, k: number): number {
  let loss = 0;
  judged.right.forEach((right, i) => {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, judged.confidence[i][k]));
    loss -= Math.log(right ? p : 1 - p);
  });
  return judged.right.length ? loss / judged.right.length : 0;
}

/** The temperature of least log loss (1 when there is nothing to judge). */
export function fitTemperature(judged: Judged): number {
  let best = 0;
  for (let k = 1; k < TEMPERATURES.length; k++) if (logLoss(judged, k) < logLoss(judged, best)) best = k;
  return TEMPERATURES[best];
}
