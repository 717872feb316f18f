/**
 * Who may be speaking at a cue, as candidates for the speaker model: the subject before the cue
 * (from the sentence start, and from after a quotation), the phrase after it ("said Ann Veld",
 * "according to the ministry"), the main clause's subject (", adding that", "and said"), the
 * words before a headline or transcript colon, an owner before a noun cue ("her claim"), the
 * agent after "by" ("was first reported by X"), and the rules' own answer.
 */
import { rangeOf } from '../../doc.js';
import { mainClauseSubject } from '../clause.js';
import { sentenceBounds } from '../context.js';
import { phraseLimit } from '../direct.js';
import { isQuoteMark } from '../quotes.js';
import { phraseAfter, subjectBefore, type SpeakerPhrase } from '../speakerMention.js';
import type { CueCandidate } from './cueCandidates.js';
import { ruleDraftAt, type ModelContext } from './modelContext.js';

export const Method = { before: 1, afterQuote: 2, after: 3, main: 4, colon: 5, owner: 6, by: 7, rules: 8, capitals: 9, opening: 10, upToComma: 11, relative: 12 } as const;
export type Method = (typeof Method)[keyof typeof Method];

export interface SpeakerCandidate {
  phrase: SpeakerPhrase;
  method: Method;
  rules: boolean;
}

export function speakerCandidates(m: ModelContext, cue: CueCandidate): SpeakerCandidate[] {
  const { ctx } = m;
  const { doc } = ctx;
  const out: SpeakerCandidate[] = [];
  const add = (phrase: SpeakerPhrase | null, method: Method) => { if (phrase) out.push({ phrase, method, rules: false }); };
  const [first] = sentenceBounds(doc, cue.first);
  if (cue.kind === 'colon') add(colonSpeaker(m, cue.first), Method.colon);
  else if (cue.kind === 'according') {
    const after = phraseAfter(doc, cue.last + 1, phraseLimit(ctx, cue.last + 1));
    add(after ?? upToComma(m, cue.last + 1), after ? Method.after : Method.upToComma);
  } else {
    const subject = subjectBefore(doc, cue.first, first);
    add(subject ?? capitalsBefore(m, cue.first, first), subject ? Method.before : Method.capitals);
    const opens = subject !== null && subject.phrase.first <= first + 1;
    if (!opens) add(opening(m, cue.first, first), Method.opening);
    add(relative(m, cue.first, first), Method.relative);
    for (let k = cue.first - 1; k > first; k--) {
      if (isQuoteMark(doc.tokens[k].text)) { if (k + 1 < cue.first) add(subjectBefore(doc, cue.first, k + 1), Method.afterQuote); break; }
    }
    const after = cue.last + 1;
    if (doc.tokens[after]?.text.toLowerCase() === 'by') add(phraseAfter(doc, after + 1, phraseLimit(ctx, after + 1)), Method.by);
    else add(phraseAfter(doc, after, phraseLimit(ctx, after)), Method.after);
    // ", adding that ...", "and said ...": the subject of the clause the cue goes on from.
    const prev = doc.tokens[cue.first - 1];
    if (doc.tokens[cue.head].text.endsWith('ing') || prev?.pos === 'CCONJ' || prev?.text === ',') add(mainClauseSubject(ctx, cue.first), Method.main);
    add(owner(m, cue.first), Method.owner);
  }
  const rule = ruleDraftAt(m, cue.first, cue.last);
  let ruleSpeaker = rule?.speaker ?? null;
  for (let up = rule?.inherits; !ruleSpeaker && up; up = up.inherits) ruleSpeaker = up.speaker;
  if (ruleSpeaker) {
    const same = out.find((c) => c.phrase.source.first === ruleSpeaker.source.first && c.phrase.source.last === ruleSpeaker.source.last);
    if (same) same.rules = true;
    else out.push({ phrase: ruleSpeaker, method: Method.rules, rules: true });
  }
  return dedupe(out);
}

const CAPITALS_REACH = 6;

/** "Lynch said", whatever the tagger made of "Lynch": the capitalised words right before the cue. */
function capitalsBefore(m: ModelContext, cue: number, first: number): SpeakerPhrase | null {
  const { tokens } = m.ctx.doc;
  let k = cue - 1;
  while (k >= first && cue - k <= CAPITALS_REACH && /^\p{Lu}/u.test(tokens[k].text) && tokens[k].type === 'word') k--;
  if (k === cue - 1) return null;
  const range = rangeOf(m.ctx.doc, k + 1, cue - 1);
  return { phrase: range, head: cue - 1, source: range };
}

const OPENING_WORDS = new Set(['but', 'and', 'yet', 'so', 'still', 'however', 'meanwhile', 'even', 'also']);

/** "Wells Fargo just this month announced ...": the noun phrase that opens the sentence, when no verb stands between it and the cue. */
function opening(m: ModelContext, cue: number, first: number): SpeakerPhrase | null {
  const { doc } = m.ctx;
  let k = first;
  while (k < cue && (OPENING_WORDS.has(doc.tokens[k].text.toLowerCase()) || doc.tokens[k].text === ',' || isQuoteMark(doc.tokens[k].text))) k++;
  if (k >= cue) return null;
  const phrase = phraseAfter(doc, k, cue - 1);
  if (!phrase) return null;
  // "Ann Veld, a historian who was there, recalled": verbs inside an apposition do not count.
  if (doc.tokens[phrase.phrase.last + 1]?.text === ',') return phrase;
  for (let j = phrase.phrase.last + 1; j < cue; j++) if (doc.tokens[j].pos === 'VERB' || doc.tokens[j].pos === 'AUX' && !doc.tokens[cue].text.endsWith('ing')) return null;
  return phrase;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
const RELATIVE_REACH = 4;

/**
 * "the senators, who said ...", "voters, many of whom say ...": the relative pronoun (with the
 * quantity before "of whom") is the mention; the phrase before its comma is what it stands for.
 */
function relative(m: ModelContext, cue: number, first: number): SpeakerPhrase | null {
  const { doc } = m.ctx;
  let k = cue - 1;
  while (k > first && cue - k <= RELATIVE_REACH && !RELATIVE_PRONOUNS.has(doc.tokens[k].text.toLowerCase())) {
    const t = doc.tokens[k];
    if (t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') return null;
    k--;
  }
  if (!RELATIVE_PRONOUNS.has(doc.tokens[k]?.text.toLowerCase() ?? '')) return null;
  let start = k;
  // "many of whom", "most of which"
  if (doc.tokens[k - 1]?.text.toLowerCase() === 'of' && k - 2 > first && doc.tokens[k - 2].type === 'word') start = k - 2;
  let comma = start - 1;
  while (comma > first && doc.tokens[comma].pos === 'PUNCT' && doc.tokens[comma].text !== ',') comma--;
  if (comma <= first) return null;
  const before = doc.tokens[comma].text === ',' ? comma - 1 : start - 1;
  const antecedent = subjectBefore(doc, before + 1, first);
  if (!antecedent) return null;
  const range = rangeOf(doc, start, k);
  return { phrase: range, head: k, source: range, antecedent };
}

const COMMA_REACH = 8;

/** "according to exit polls, ...": the words up to the comma, whatever their tags. */
function upToComma(m: ModelContext, from: number): SpeakerPhrase | null {
  const { tokens } = m.ctx.doc;
  for (let k = from; k < tokens.length && k - from <= COMMA_REACH; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.' || t.type === 'tabCRLF') {
      if (k === from) return null;
      const range = rangeOf(m.ctx.doc, from, k - 1);
      return { phrase: range, head: k - 1, source: range };
    }
  }
  return null;
}

/** "Pence: ...", "MR. TRUMP: ...": the words before the colon. */
function colonSpeaker(m: ModelContext, colon: number): SpeakerPhrase | null {
  const { tokens } = m.ctx.doc;
  let first = colon - 1;
  while (first > 0 && tokens[first - 1].type !== 'tabCRLF' && !isQuoteMark(tokens[first - 1].text)) first--;
  if (first >= colon) return null;
  const range = rangeOf(m.ctx.doc, first, colon - 1);
  return { phrase: range, head: colon - 1, source: range };
}

/** "her claim that", "Veld's warning that": the owner of a noun cue. */
function owner(m: ModelContext, cue: number): SpeakerPhrase | null {
  const { doc } = m.ctx;
  const prev = doc.tokens[cue - 1];
  if (!prev) return null;
  if (prev.pos === 'PRON' && /^(his|her|their|its)$/i.test(prev.text)) {
    const range = rangeOf(doc, cue - 1, cue - 1);
    return { phrase: range, head: cue - 1, source: range };
  }
  if ((prev.text === "'s" || prev.text === '’s') && cue - 2 >= 0) return subjectBefore(doc, cue - 1, sentenceBounds(doc, cue)[0]);
  return null;
}

function dedupe(candidates: SpeakerCandidate[]): SpeakerCandidate[] {
  const out: SpeakerCandidate[] = [];
  for (const c of candidates) {
    const same = out.find((o) => o.phrase.source.first === c.phrase.source.first && o.phrase.source.last === c.phrase.source.last);
    if (same) same.rules ||= c.rules;
    else out.push(c);
  }
  return out;
}
