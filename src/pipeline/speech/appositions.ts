/** Appositions between a subject and its cue: ", a doctor at the clinic,", ", who heads the agency,". */
import { rangeOf, type Doc } from '../doc.js';
import { nameOf, phraseOf, phraseStart, type SpeakerPhrase } from './nounPhrase.js';

const MAX_APPOSITION = 14;
export const RELATIVES = new Set(['who', 'whose', 'which']);
export const PARTICIPLE_ENDINGS = ['ed', 'en', 'ing'];
const APPOSITION_STARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** ", a doctor at the clinic," or ", who heads the agency,": a noun phrase or a relative clause. */
function isApposition(doc: Doc, first: number, last: number): boolean {
  if (first > last) return false;
  const lead = doc.tokens[first];
  if (RELATIVES.has(lead.text.toLowerCase())) return true;
  // ", however,", ", meanwhile,": an adverb alone between commas.
  if (first === last && lead.pos === 'ADV') return true;
  // ", released on Tuesday,": a participle phrase, with no finite verb.
  const participle = lead.pos === 'VERB' && PARTICIPLE_ENDINGS.some((e) => lead.text.endsWith(e));
  if (participle) {
    for (let k = first + 1; k <= last; k++) if (doc.tokens[k].pos === 'AUX' || doc.tokens[k].type === 'tabCRLF') return false;
    return true;
  }
  // ", of the city council,", ", in remarks to the press,": a prepositional phrase, also without a verb.
  if (!APPOSITION_STARTS.has(lead.pos) && lead.pos !== 'ADP') return false;
  for (let k = first; k <= last; k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'tabCRLF') return false;
  }
  return true;
}

const MAX_APPOSITIONS = 3;

/**
 * "Ann Veld, a doctor at the clinic, said", "Ann Veld, curator at the museum, Springfield, said",
 * "the coach, Ann Veld, said": back over up to three appositions to the subject, the outermost
 * first; a subject set off by one comma alone must start the clause ("Ann Veld for the agency, says").
 */
export function subjectBeforeAppositions(doc: Doc, end: number, limit: number): SpeakerPhrase | null {
  const commas = [end];
  for (let c = end; commas.length <= MAX_APPOSITIONS; ) {
    let prev = c - 1;
    while (prev >= limit && c - prev <= MAX_APPOSITION && doc.tokens[prev].text !== ',') prev--;
    if (prev < limit || doc.tokens[prev].text !== ',') break;
    commas.push(prev);
    c = prev;
  }
  for (let i = commas.length - 1; i >= 1; i--) {
    let all = true;
    for (let k = i; k >= 1 && all; k--) all = isApposition(doc, commas[k] + 1, commas[k - 1] - 1) || joinedApposition(doc, commas[k] + 1, commas[k - 1] - 1);
    if (!all) continue;
    const named = commas[i] - 1 >= limit ? phraseStart(doc, commas[i] - 1, limit) : -1;
    if (named < 0) continue;
    const speaker = phraseOf(doc, named, commas[i] - 1);
    // The apposition may hold the name instead ("the coach, Ann Veld, said").
    const inner = nameOf(doc, commas[i] + 1, commas[i - 1] - 1);
    if (speaker.source === speaker.phrase && inner && inner.first === commas[i] + 1) return { phrase: rangeOf(doc, named, commas[i - 1] - 1), head: inner.last, source: inner };
    return speaker;
  }
  const start = end - 1 >= limit ? phraseStart(doc, end - 1, limit) : -1;
  if (start === limit) return phraseOf(doc, start, end - 1);
  // "The head of the board (...), Ann Veld, has said": the name set off by commas.
  if (commas.length > 1) {
    const name = nameOf(doc, commas[1] + 1, commas[0] - 1);
    if (name && name.first === commas[1] + 1) return { phrase: name, head: name.last, source: name };
  }
  return null;
}

/** ", and chair of the board,": a second apposition joined by "and". */
function joinedApposition(doc: Doc, first: number, last: number): boolean {
  return doc.tokens[first]?.text.toLowerCase() === 'and' && isApposition(doc, first + 1, last);
}

