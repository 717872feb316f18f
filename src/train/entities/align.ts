/**
 * Gold mentions (character offsets) onto wink-nlp's tokens as labels. wink-nlp splits some
 * tokens the corpora keep whole ("1." → "1" "."; hyphenated words) and keeps whole a few they
 * split; a token belongs to a mention when it starts inside it, or when most of it lies inside.
 * Decoding is per sentence, so a mention cut by a sentence end is two names, one per sentence.
 */
import type { Doc } from '../../pipeline/doc.js';
import { TAG_TYPES, labelIn } from '../../pipeline/entities/tagger/labels.js';
import type { TrainingMention } from './trainingDocument.js';

export function goldLabels(doc: Doc, mentions: TrainingMention[]): Uint8Array {
  const labels = new Uint8Array(doc.tokens.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // The tokens of each mention, split where a sentence ends.
  let m = 0;
  let run: number[] = [];
  let runType = -1;
  const flush = () => {
    run.forEach((token, i) => { labels[token] = labelIn(runType, i, run.length); });
    run = [];
  };
  let runMention = -1;
  for (const t of doc.tokens) {
    while (m < sorted.length && sorted[m].end <= t.start) m++;
    const mention = sorted[m];
    const within = mention !== undefined && t.type !== 'tabCRLF' && ((t.start >= mention.start && t.start < mention.end)
      || (Math.min(t.end, mention.end) - Math.max(t.start, mention.start)) * 2 > t.end - t.start);
    const continues = within && runMention === m && run.length > 0 && doc.tokens[run[run.length - 1]].sentence === t.sentence
      && run[run.length - 1] === t.index - 1;
    if (!continues) flush();
    if (!within) continue;
    runMention = m;
    runType = TAG_TYPES.indexOf(mention.type);
    run.push(t.index);
  }
  flush();
  return labels;
}
