/**
 * The noun phrase that names a speaker, found from POS tags alone: the subject right before a
 * cue verb ("the foreign minister said", "Ann Lee, a doctor, said") or the phrase right after
 * one ("said Ann Lee", "according to the ministry").
 */
import { rangeOf, type Doc, type DocToken, type TextRange } from '../doc.js';
import { words } from './lexicon.js';

export interface SpeakerPhrase {
  /** The whole noun phrase ("Foreign Minister Ann Lee", "a spokeswoman for the agency"). */
  phrase: TextRange;
  /** Token index of the head noun: the last word before the first preposition ("spokeswoman"). */
  head: number;
  /** The proper name at its head without titles ("Ann Lee"), or the phrase when there is none. */
  source: TextRange;
}

const MAX_PHRASE = 12;
const MAX_APPOSITION = 14;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NOUNISH = new Set(['PROPN', 'NOUN', 'NUM']);
const INSIDE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const LINKS = new Set(['of', 'for', 'to', 'at', 'on', 'in', 'from', 'with', 'and', '&', '-', 'such', 'as', 'by']);

function isPossessive(t: DocToken): boolean {
  return t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’';
}

function isInside(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.type === 'tabCRLF') return false;
  if (INSIDE.has(posOf(doc, k)) || isPossessive(t)) return t.text !== ',' && !(t.pos === 'DET' && t.text.toLowerCase() === 'that');
  return t.pos === 'PUNCT' && (t.text === '.' ? false : t.text === '-');
}

const MISTAGGED = new Set(['VERB', 'ADJ', 'ADV', 'NOUN', 'X']);

/** The tag, but a capitalised word inside a sentence is a name whatever wink-nlp tagged it ("Cooper" as a verb). */
export function posOf(doc: Doc, k: number): string {
  const t = doc.tokens[k];
  if (!MISTAGGED.has(t.pos) || !isCapitalized(t)) return t.pos;
  const prev = doc.tokens[k - 1];
  if (!prev || prev.type === 'tabCRLF' || prev.pos === 'SPACE' || prev.text === '.' || prev.text === '?' || prev.text === '!' || prev.pos === 'PUNCT' && prev.text !== ',') return t.pos;
  return doc.sentences[t.sentence].first === k ? t.pos : 'PROPN';
}

/** A personal pronoun subject ("he"), as a one-token phrase. */
function pronounAt(doc: Doc, i: number): SpeakerPhrase | null {
  const t = doc.tokens[i];
  if (t.pos !== 'PRON' || !words.pronouns.has(t.text.toLowerCase())) return null;
  const range = rangeOf(doc, i, i);
  return { phrase: range, head: i, source: range };
}

/** The proper-name run ending the phrase, without leading title words. */
function nameOf(doc: Doc, first: number, last: number): TextRange | null {
  let end = last;
  if (doc.tokens[end].pos !== 'PROPN' && !isCapitalized(doc.tokens[end])) return null;
  if (isTitle(doc.tokens[end])) return null;
  let start = end;
  while (start - 1 >= first) {
    const t = doc.tokens[start - 1];
    const joiner = (t.text === '.' || t.text === '-') && t.space === '';
    if (!(t.pos === 'PROPN' || isCapitalized(t) || joiner) || isTitle(t) || words.determiners.has(t.text.toLowerCase())) break;
    start--;
  }
  while (start <= end && (isTitle(doc.tokens[start]) || words.determiners.has(doc.tokens[start].text.toLowerCase()))) start++;
  if (start > end) return null;
  return rangeOf(doc, start, end);
}

function isTitle(t: DocToken): boolean {
  return words.titleWords.has(t.text.toLowerCase());
}

export function isCapitalized(t: DocToken): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

const PREPOSITIONS = new Set(['of', 'for', 'to', 'at', 'on', 'in', 'from', 'with', 'by']);

/**
 * "Ann Lee of the city council": the name before the first preposition is the head; but in
 * "Ambassador to Peru Ann Lee" the part before it is a bare title, so the name at the end is.
 */
function phraseOf(doc: Doc, first: number, last: number): SpeakerPhrase {
  const phrase = rangeOf(doc, first, last);
  for (let k = first + 1; k < last; k++) {
    if (!PREPOSITIONS.has(doc.tokens[k].text.toLowerCase())) continue;
    const name = nameOf(doc, first, k - 1);
    if (name) return { phrase, head: k - 1, source: name };
    if (!isTitle(doc.tokens[k - 1])) {
      let head = k - 1;
      while (head > first && !NOUNISH.has(posOf(doc, head))) head--;
      return { phrase, head, source: phrase };
    }
    // "Ambassador to Peru Ann Lee" names the person at the end; "a spokesman for the agency" does not.
    const named = nameOf(doc, first, last);
    return named ? { phrase, head: last, source: named } : { phrase, head: k - 1, source: phrase };
  }
  return { phrase, head: last, source: nameOf(doc, first, last) ?? phrase };
}

/** Walks left from `end` over one noun phrase; returns its first token, or -1. */
function phraseStart(doc: Doc, end: number, limit: number): number {
  const head = doc.tokens[end];
  if (!NOUNISH.has(posOf(doc, end)) && !(head.pos === 'ADJ' && isCapitalized(head))) return -1;
  let start = end;
  while (start - 1 >= limit && end - start < MAX_PHRASE) {
    const t = doc.tokens[start - 1];
    if (isInside(doc, start - 1)) { start--; continue; }
    // "a leaked letter": a participle between a determiner and the noun.
    if (t.pos === 'VERB' && t.text.endsWith('ed') && start - 2 >= limit && doc.tokens[start - 2].pos === 'DET') { start--; continue; }
    if (POSSESSIVE_PRONOUNS.has(t.text.toLowerCase())) { start--; break; }
    const before = doc.tokens[start - 2];
    const adjectiveLink = before?.pos === 'ADJ' && (t.text === 'with' || t.text === 'to');
    if (LINKS.has(t.text.toLowerCase()) && before && start - 2 >= limit && (NOUNISH.has(posOf(doc, start - 2)) || isPossessive(before) || adjectiveLink)) {
      start -= 2;
      continue;
    }
    break;
  }
  // A phrase never starts with a linking word or a possessive mark.
  while (start < end && (LINKS.has(doc.tokens[start].text.toLowerCase()) || isPossessive(doc.tokens[start]))) start++;
  return start;
}

/** The subject that ends right before token `cue`, skipping adverbs, auxiliaries and one apposition. */
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
  // "Ann Lee, who had told ...": the relative pronoun stands for the phrase before the comma.
  if (RELATIVES.has(lead) && doc.tokens[end - 1]?.text === ',' && end - 2 >= limit) {
    const start = phraseStart(doc, end - 2, limit);
    return start < 0 ? null : phraseOf(doc, start, end - 2);
  }
  // "The World Health Organization (WHO) said": past the bracketed short form.
  if (lead === ')') {
    let open = end - 1;
    while (open > limit && end - open <= 4 && doc.tokens[open].text !== '(') open--;
    if (doc.tokens[open].text !== '(' || open - 1 < limit) return null;
    const start = phraseStart(doc, open - 1, limit);
    return start < 0 ? null : phraseOf(doc, start, open - 1);
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
  return phraseOf(doc, start, end);
}

/** The phrase that starts at token `from` ("said Ann Lee", "according to the ministry's report"). */
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
    if (LINKS.has(t.text.toLowerCase()) && lastNoun === end - 1 && next && end + 1 <= limit && isInside(doc, end + 1) && namedAfter(doc, end + 1)) { end++; continue; }
    break;
  }
  if (lastNoun < from) return null;
  const speaker = phraseOf(doc, from, lastNoun);
  // "according to the coach, Ann Lee, ...": a name in apposition names the speaker.
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
function namedAfter(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.pos === 'DET') return doc.tokens[k + 1] !== undefined && isCapitalized(doc.tokens[k + 1]);
  return isCapitalized(t);
}

const RELATIVES = new Set(['who', 'whose']);
const PARTICIPLE_ENDINGS = ['ed', 'en', 'ing'];
const APPOSITION_STARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** ", a doctor at the clinic," or ", who heads the agency,": a noun phrase or a relative clause. */
function isApposition(doc: Doc, first: number, last: number): boolean {
  if (first > last) return false;
  const lead = doc.tokens[first];
  if (RELATIVES.has(lead.text.toLowerCase())) return true;
  // ", released on Tuesday,": a participle phrase, with no finite verb.
  const participle = lead.pos === 'VERB' && PARTICIPLE_ENDINGS.some((e) => lead.text.endsWith(e));
  if (participle) {
    for (let k = first + 1; k <= last; k++) if (doc.tokens[k].pos === 'AUX' || doc.tokens[k].type === 'tabCRLF') return false;
    return true;
  }
  if (!APPOSITION_STARTS.has(lead.pos)) return false;
  for (let k = first; k <= last; k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'tabCRLF') return false;
  }
  return true;
}

const MAX_APPOSITIONS = 3;

/**
 * "Ann Lee, a doctor at the clinic, said", "Ann Lee, curator at the museum, Springfield, said",
 * "the coach, Ann Lee, said": back over up to three appositions to the subject, the outermost
 * first; a subject set off by one comma alone must start the clause ("Ann Lee for the agency, says").
 */
function subjectBeforeAppositions(doc: Doc, end: number, limit: number): SpeakerPhrase | null {
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
    // The apposition may hold the name instead ("the coach, Ann Lee, said").
    const inner = nameOf(doc, commas[i] + 1, commas[i - 1] - 1);
    if (speaker.source === speaker.phrase && inner && inner.first === commas[i] + 1) return { phrase: rangeOf(doc, named, commas[i - 1] - 1), head: inner.last, source: inner };
    return speaker;
  }
  const start = end - 1 >= limit ? phraseStart(doc, end - 1, limit) : -1;
  if (start === limit) return phraseOf(doc, start, end - 1);
  // "The head of the board (...), Ann Lee, has said": the name set off by commas.
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
