/**
 * The noun phrase that names a speaker, found from POS tags alone: the subject right before a
 * cue verb ("the foreign minister said", "Ann Veld, a doctor, said") or the phrase right after
 * one ("said Ann Veld", "according to the ministry").
 */
import { rangeOf, type Doc, type DocToken } from '../doc.js';
import { PARTICIPLE_ENDINGS, RELATIVES, subjectBeforeAppositions } from './appositions.js';
import { words } from './lexicon.js';
import {
  LINKS, MAX_PHRASE, NOUNISH, isCapitalized, isInside, nameOf, namedAfter, phraseOf, phraseStart, posOf, pronounAt,
  type SpeakerPhrase,
} from './nounPhrase.js';

export { isCapitalized, posOf, type SpeakerPhrase } from './nounPhrase.js';

/** "(UNHCR)", "(D-Md.)": how far back a bracket after a name may open. */
const BRACKET_REACH = 6;

export function subjectBefore(doc: Doc, cue: number, limit: number): SpeakerPhrase | null {
  let end = cue - 1;
  // "is also encouraging", "are saying": a progressive cue has its be-verb to skip too.
  const progressive = doc.tokens[cue].text.endsWith('ing');
  const skippable = (t: DocToken) => words.adverbs.has(t.text.toLowerCase()) || (t.pos === 'ADV' && !words.negations.has(t.text.toLowerCase()))
    || (progressive && words.beForms.has(t.text.toLowerCase()));
  while (end >= limit && skippable(doc.tokens[end])) end--;
  if (end < limit) return null;
  if (words.negations.has(doc.tokens[end].text.toLowerCase())) return null;
  const pronoun = pronounAt(doc, end);
  if (pronoun) return pronoun;
  const lead = doc.tokens[end].text.toLowerCase();
  // "Ann Veld, who had told ...": the relative pronoun stands for the phrase before the comma.
  if (RELATIVES.has(lead) && doc.tokens[end - 1]?.text === ',' && end - 2 >= limit) {
    const start = phraseStart(doc, end - 2, limit);
    return start < 0 ? null : phraseOf(doc, start, end - 2);
  }
  // "The World Health Organization (WHO) said": past the bracketed short form.
  if (lead === ')') {
    let open = end - 1;
    while (open > limit && end - open <= BRACKET_REACH && doc.tokens[open].text !== '(') open--;
    // A ")" that opens the sentence has no "(" before it to look at.
    if (open < limit || doc.tokens[open].text !== '(' || open - 1 < limit) return null;
    const start = phraseStart(doc, open - 1, limit);
    if (start < 0) return null;
    const described = phraseOf(doc, start, open - 1);
    // "The UN refugee agency (UNHCR) said": the short form names what the words describe.
    const short = doc.tokens[open + 1];
    if (end === open + 2 && !isCapitalized(doc.tokens[described.head]) && short.text.length > 1 && short.text === short.text.toUpperCase()) {
      return { phrase: described.phrase, head: open + 1, source: rangeOf(doc, open + 1, open + 1) };
    }
    return described;
  }
  if (doc.tokens[end].text === ',') return subjectBeforeAppositions(doc, end, limit);
  const start = phraseStart(doc, end, limit);
  if (start < 0) return null;
  // "A letter seen by the paper says": the subject is the letter, not the paper.
  const by = start - 1;
  const participle = by - 1;
  if (by - 2 >= limit && doc.tokens[by].text.toLowerCase() === 'by' && doc.tokens[participle].pos === 'VERB'
    && PARTICIPLE_ENDINGS.some((e) => doc.tokens[participle].text.endsWith(e))) {
    const head = phraseStart(doc, participle - 1, limit);
    if (head >= 0) return phraseOf(doc, head, participle - 1);
  }
  // "A study tracking 900 children revealed": the subject is the study.
  const gerund = doc.tokens[start - 1];
  if (start - 2 >= limit && gerund.pos === 'VERB' && gerund.text.endsWith('ing') && !isCapitalized(gerund)) {
    const head = phraseStart(doc, start - 2, limit);
    if (head >= 0 && head === limit) {
      const subject = phraseOf(doc, head, start - 2);
      return subject.source === subject.phrase ? { ...subject, phrase: rangeOf(doc, head, end), source: rangeOf(doc, head, end) } : subject;
    }
  }
  return phraseOf(doc, start, end);
}

/** The phrase that starts at token `from` ("said Ann Veld", "according to the ministry's report"). */
const POST_MODIFIERS = new Set(['of', 'for', 'at', 'on', 'in', 'from', 'with', 'by']);

export function phraseAfter(doc: Doc, from: number, limit: number): SpeakerPhrase | null {
  const pronoun = from <= limit ? pronounAt(doc, from) : null;
  if (pronoun) return pronoun;
  let end = from;
  let lastNoun = -1;
  while (end <= limit && end - from < MAX_PHRASE) {
    const t = doc.tokens[end];
    if (isInside(doc, end)) {
      // "told reporters the plan ...": a determiner after a noun opens the next phrase.
      if (t.pos === 'DET' && lastNoun === end - 1 && lastNoun >= from) break;
      if (NOUNISH.has(posOf(doc, end)) || (t.pos === 'ADJ' && isCapitalized(t))) lastNoun = end;
      end++;
      continue;
    }
    const next = doc.tokens[end + 1];
    const link = t.text.toLowerCase();
    const joins = LINKS.has(link) && lastNoun >= from && lastNoun === end - 1 && next !== undefined && end + 1 <= limit && isInside(doc, end + 1);
    // "the post by an unknown author", "a spokesman for the company": a description's post-modifier.
    if (joins && (namedAfter(doc, end + 1) || (POST_MODIFIERS.has(link) && next.pos === 'DET' && !isCapitalized(doc.tokens[lastNoun])))) { end++; continue; }
    break;
  }
  if (lastNoun < from) return null;
  const speaker = phraseOf(doc, from, lastNoun);
  // "according to the coach, Ann Veld, ...": a name in apposition names the speaker.
  if (speaker.source === speaker.phrase && doc.tokens[lastNoun + 1]?.text === ',' && lastNoun + 2 <= limit) {
    let j = lastNoun + 2;
    while (j <= limit && (doc.tokens[j].pos === 'PROPN' || (isCapitalized(doc.tokens[j]) && doc.tokens[j].pos !== 'PRON'))) j++;
    const closes = j > limit || doc.tokens[j].text === ',' || doc.tokens[j].text === '.';
    if (j > lastNoun + 2 && closes) {
      const name = nameOf(doc, lastNoun + 2, j - 1);
      if (name) return { phrase: rangeOf(doc, from, j - 1), head: name.last, source: name };
    }
  }
  return speaker;
}

/** "to the United States": a link joins the phrase only when a capitalised word follows it (past a determiner). */
