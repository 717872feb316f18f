import type { Doc } from './doc.js';
import type { FoundEntity, FoundStatement } from './stages.js';

const CUES = new Set(['say', 'add', 'note', 'stress', 'emphasize', 'tell', 'state']);

/** First version: "C, X said." and "X said (that) C." within one sentence. */
export function findStatements(doc: Doc, _entities: FoundEntity[]): FoundStatement[] {
  const found: FoundStatement[] = [];
  for (const sentence of doc.sentences) {
    for (let i = sentence.first; i <= sentence.last; i++) {
      const cue = doc.tokens[i];
      if (cue.pos !== 'VERB' || !CUES.has(cue.lemma)) continue;
      const before = doc.tokens[i - 1];
      const comma = findBack(doc, i, sentence.first, ',');
      if (comma > sentence.first && i - comma <= 6) {
        let lastContent = comma - 1;
        found.push({
          kind: 'indirect', sentence: sentence.index,
          content: { start: doc.tokens[sentence.first].start, end: doc.tokens[lastContent].end },
          cue: { first: i, last: i, start: cue.start, end: cue.end, lemma: cue.lemma },
          source: sourceAround(doc, comma, i),
        });
        break;
      }
      if (i > sentence.first && i < sentence.last) {
        let first = i + 1;
        if (doc.tokens[first].text.toLowerCase() === 'that') first++;
        let last = sentence.last;
        while (last > first && doc.tokens[last].pos === 'PUNCT') last--;
        if (last < first) continue;
        found.push({
          kind: 'indirect', sentence: sentence.index,
          content: { start: doc.tokens[first].start, end: doc.tokens[last].end },
          cue: { first: i, last: i, start: cue.start, end: cue.end, lemma: cue.lemma },
          source: { first: sentence.first, last: i - 1, start: doc.tokens[sentence.first].start, end: before.end },
        });
        break;
      }
    }
  }
  return found;
}

/** The speaker's words between the comma and the cue ("C, X said."); none when the cue follows the comma. */
function sourceAround(doc: Doc, comma: number, cue: number): FoundStatement['source'] {
  if (comma + 1 === cue) return null;
  return { first: comma + 1, last: cue - 1, start: doc.tokens[comma + 1].start, end: doc.tokens[cue - 1].end };
}

function findBack(doc: Doc, from: number, limit: number, text: string): number {
  for (let j = from - 1; j >= limit; j--) if (doc.tokens[j].text === text) return j;
  return -1;
}
