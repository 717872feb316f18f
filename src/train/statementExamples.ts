/**
 * Examples for the statement model: each judged cue of an article, labelled 1 when the gold has
 * an attribution at that cue whose content the chosen content matches (intersection over union
 * ≥ 0.5, as the scorer counts) and whose source the chosen speaker overlaps — content and
 * speaker both right, which is what a reader needs.
 */
import type { Judged } from '../pipeline/speech/model/judge.js';
import type { ModelContext } from '../pipeline/speech/model/modelContext.js';
import { nestedIn } from '../pipeline/speech/model/choose.js';
import { FeatureBuffer } from '../pipeline/speech/model/features.js';
import { statementFeatures } from '../pipeline/speech/model/statementFeatures.js';
import type { BinaryExample } from './learners.js';
import { jaccard, MATCH } from './speechExamples.js';
import type { GoldAttribution, TrainingArticle } from './speechGold.js';

export function statementExamples(article: TrainingArticle, m: ModelContext, judged: Judged[]): BinaryExample[] {
  const { tokens } = article.doc;
  const byHead = new Map<number, GoldAttribution>();
  for (const g of article.gold) if (g.head >= 0 && !byHead.has(g.head)) byHead.set(g.head, g);
  const buffer = new FeatureBuffer();
  return judged.map((j) => {
    let gold: GoldAttribution | undefined;
    for (let k = j.cue.first; k <= j.cue.last && !gold; k++) gold = byHead.get(k);
    let right = false;
    if (gold && jaccard(gold.content, tokens[j.content.first].start, tokens[j.content.last].end) >= MATCH) {
      const source = j.speaker?.phrase.source;
      right = !gold.source || (source !== undefined && Math.min(gold.source[1], tokens[source.last].end) > Math.max(gold.source[0], tokens[source.first].start));
    }
    buffer.clear();
    statementFeatures(m, j, nestedIn(judged, j), buffer);
    return { keys: buffer.copy(0), label: right ? 1 : 0 };
  });
}
