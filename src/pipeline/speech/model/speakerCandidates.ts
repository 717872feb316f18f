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

export const Method = { before: 1, afterQuote: 2, after: 3, main: 4, colon: 5, owner: 6, by: 7, rules: 8 } as const;
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
  else if (cue.kind === 'according') add(phraseAfter(doc, cue.last + 1, phraseLimit(ctx, cue.last + 1)), Method.after);
  else {
    add(subjectBefore(doc, cue.first, first), Method.before);
    for (let k = cue.first - 1; k > first; k--) {
      if (isQuoteMark(doc.tokens[k].text)) { if (k + 1 < cue.first) add(subjectBefore(doc, cue.first, k + 1), Method.afterQuote); break; }
    }
    const after = cue.last + 1;
    if (doc.tokens[after]?.text.toLowerCase() === 'by') add(phraseAfter(doc, after + 1, phraseLimit(ctx, after + 1)), Method.by);
    else add(phraseAfter(doc, after, phraseLimit(ctx, after)), Method.after);
    add(mainClauseSubject(ctx, cue.first), Method.main);
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

/** "Pence: ...", "MR. TRUMP: ...": the words before the colon. */
function colonSpeaker(m: ModelContext, colon: number): SpeakerPhrase | null {
  const { tokens } = m.ctx.doc;
  let first = colon - 1;
  while (first > 0 && tokens[first - 1].type !== 'tabCRLF') first--;
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
