/**
 * Reported speech around cue verbs: "X said (that) C.", "X told reporters C.", "C, X said.",
 * "C, said X.", "X said C, adding that D." and "..., emphasizing that C." (the speaker of the
 * main clause). The content is the reported clause without the cue, the speaker, "that" and the
 * final punctuation.
 */
import { isSentenceEnd, type SpeechContext } from './context.js';
import { clauseBounds, reportedDraft, skipDateline, trim } from './content.js';
import type { Draft } from './draft.js';
import { isInfinitive, isNegated, isPassive, mainClauseSubject } from './clause.js';
import { isCueForm, lower, words, type CueMatch } from './lexicon.js';
import { isQuoteMark } from './quotes.js';
import { phraseAfter, subjectBefore, type SpeakerPhrase } from './speakerMention.js';
import { phraseLimit } from './direct.js';
import { accordingTo } from './according.js';

const THAT_REACH = 8;
const MIN_CONTENT = 3;
const CLAUSE_STARTS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV', 'SCONJ']);

export function findReported(ctx: SpeechContext, earlier: Draft[]): Draft[] {
  const out: Draft[] = [];
  const { doc } = ctx;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ctx.quoteOf[i] >= 0) continue;
    const according = accordingTo(ctx, i);
    if (according) { out.push(according); continue; }
    const cue = ctx.cues[i];
    if (!cue || ctx.usedCues.has(i)) continue;
    if (isNegated(ctx, i) || isPassive(ctx, i) || isInfinitive(ctx, i)) continue;
    const draft = reportedAt(ctx, cue, earlier, out);
    if (draft) {
      out.push(draft);
      for (let k = cue.first; k <= cue.last; k++) ctx.usedCues.add(k);
    }
  }
  return out;
}

function reportedAt(ctx: SpeechContext, cue: CueMatch, direct: Draft[], reported: Draft[]): Draft | null {
  const { doc } = ctx;
  const [first, last] = clauseBounds(ctx, cue.first);
  const prev = doc.tokens[cue.first - 1];
  const coordinated = prev?.text.toLowerCase() === 'and' && prev.pos === 'CCONJ';
  if ((cue.participle && prev?.text === ',') || coordinated) {
    // "..., adding that C", "... and said C": the speaker of the main clause.
    const content = clauseAfter(ctx, cue, last);
    if (!content) return null;
    let main: Draft | undefined;
    // Both lists are in text order: walk back from the end to the sentence start.
    for (let k = direct.length - 1; k >= 0 && direct[k].last >= first; k--) {
      const d = direct[k];
      if (d.last < cue.first && (!main || d.last > main.last)) main = d;
    }
    for (let k = reported.length - 1; k >= 0 && reported[k].last >= first; k--) {
      const d = reported[k];
      if (d.last < cue.first && (!main || d.last > main.last)) main = d;
    }
    const speaker = main ? null : mainClauseSubject(ctx, cue.first);
    if (!main && !speaker) return null;
    return reportedDraft(ctx, content[0], content[1], { cue, speaker, inherits: main });
  }
  if (prev?.text === ',' && endsAfterCue(ctx, cue, last, true)) {
    // "C, said X."
    const speaker = phraseAfter(doc, cue.last + 1, phraseLimit(ctx, cue.last + 1));
    if (speaker) return contentBefore(ctx, first, cue.first - 1, cue, speaker);
  }
  if (prev?.text === ',') {
    // "The rules, said Ann Lee, are clear.": the cue sits inside the content.
    const speaker = phraseAfter(doc, cue.last + 1, phraseLimit(ctx, cue.last + 1));
    if (speaker && doc.tokens[speaker.phrase.last + 1]?.text === ',') return parenthetical(ctx, first, last, cue, speaker);
  }
  const subject = subjectBefore(doc, cue.first, first);
  if (subject) {
    // "As Ann Lee told the paper, C.": the content follows the comma.
    if (subject.phrase.first === first + 1 && doc.tokens[first].text.toLowerCase() === 'as') {
      const comma = nextComma(ctx, cue.last + 1, last);
      const content = comma >= 0 ? trim(ctx, comma + 1, last) : null;
      return content ? reportedDraft(ctx, content[0], content[1], { cue, speaker: subject }) : null;
    }
    const content = clauseAfter(ctx, cue, last);
    if (content) return reportedDraft(ctx, content[0], content[1], { cue, speaker: subject });
    const comma = subject.phrase.first - 1;
    if (!cue.needsObject && comma > first && doc.tokens[comma].text === ',' && endsAfterCue(ctx, cue, last)) {
      return contentBefore(ctx, first, comma, cue, subject);
    }
    // "The law, critics argue, is too broad.": the cue sits inside the content.
    if (comma > first && doc.tokens[comma].text === ',' && doc.tokens[cue.last + 1]?.text === ',') {
      return parenthetical(ctx, first, last, cue, subject);
    }
    return null;
  }
  return null;
}

function contentBefore(ctx: SpeechContext, first: number, comma: number, cue: CueMatch, speaker: SpeakerPhrase): Draft | null {
  const start = skipDateline(ctx, first, comma);
  const content = trim(ctx, start, comma - 1);
  if (!content || content[1] - content[0] + 1 < MIN_CONTENT) return null;
  // "In her opening remarks, Lee pointed out ...": a phrase with no verb is not what was said.
  let verb = false;
  for (let k = content[0]; k <= content[1] && !verb; k++) verb = ctx.doc.tokens[k].pos === 'VERB' || ctx.doc.tokens[k].pos === 'AUX';
  if (!verb) return null;
  return reportedDraft(ctx, content[0], content[1], { cue, speaker });
}

function nextComma(ctx: SpeechContext, from: number, last: number): number {
  for (let k = from; k <= last && k - from <= THAT_REACH; k++) {
    const t = ctx.doc.tokens[k];
    if (t.text === ',') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX') return -1;
  }
  return -1;
}

/** The whole sentence is the content, cue and all, when the cue interrupts it (news convention). */
function parenthetical(ctx: SpeechContext, first: number, last: number, cue: CueMatch, speaker: SpeakerPhrase): Draft | null {
  const content = trim(ctx, skipDateline(ctx, first, last), last);
  if (!content || content[1] <= cue.last + 1) return null;
  return reportedDraft(ctx, content[0], content[1], { cue, speaker });
}

/** After "C, X said" only place and time may follow: no clause of its own. */
function endsAfterCue(ctx: SpeechContext, cue: CueMatch, last: number, inverted = false): boolean {
  const { tokens } = ctx.doc;
  for (let k = cue.last + 1; k <= last; k++) {
    const t = tokens[k];
    if (isSentenceEnd(t.text) || t.type === 'tabCRLF') return true;
    if (t.text === ',' && ctx.cues[k + 1]?.participle) return true;
    if (t.text.toLowerCase() === 'that' && !inverted) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && ctx.cues[k] === null) return false;
  }
  return true;
}

/** The reported clause after the cue: past an object ("told reporters"), place and time, and "that". */
function clauseAfter(ctx: SpeechContext, cue: CueMatch, last: number): [number, number] | null {
  const { doc } = ctx;
  let k = cue.last + 1;
  if (k > last) return null;
  if (cue.takesObject) k = pastObject(ctx, k, last);
  let marked = false;
  for (let m = k; m <= last && m - k <= THAT_REACH; m++) {
    const t = doc.tokens[m];
    if (lower(doc, m) === 'that' && (m === k || doc.tokens[m - 1].pos !== 'DET')) { k = m + 1; marked = true; break; }
    if (t.pos === 'VERB' || t.pos === 'AUX' || isSentenceEnd(t.text) || isQuoteMark(t.text) || t.text === ':' || WH_WORDS.has(t.text.toLowerCase())) break;
  }
  const t = doc.tokens[k];
  if (!marked) {
    if (t.text === ':' || isQuoteMark(t.text)) marked = true;
    else if (cue.takesObject && t.text.toLowerCase() === 'to' && k > cue.last + 1) marked = true;
    else if (cue.lemma === 'ask') {
      const wh = questionStart(ctx, k, last);
      if (wh < 0) return null;
      k = wh;
      marked = true;
    } else if (WH_WORDS.has(t.text.toLowerCase())) {
      marked = true;
    } else if (cue.takesAs && describes(ctx, k, last)) {
      marked = true;
    } else if (cue.strict ? !startsFiniteClause(ctx, k, last) : !startsClause(ctx, k, last)) return null;
  }
  let end = k;
  let verb = marked;
  for (; end <= last; end++) {
    const e = doc.tokens[end];
    if (ctx.quoteOf[end] < 0 && endsReportedClause(ctx, end)) break;
    if (e.pos === 'VERB' || e.pos === 'AUX') verb = true;
  }
  if (!verb) return null;
  return trim(ctx, k, end - 1);
}

/** ", adding that", ", and said", "and told", or a colon before a quotation: the next statement starts. */
function endsReportedClause(ctx: SpeechContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (t.text === ':' && isQuoteMark(ctx.doc.tokens[k + 1]?.text ?? '')) return true;
  if (t.text === ',' && ctx.cues[k + 1]?.participle) return true;
  const and = t.text === ',' && ctx.doc.tokens[k + 1]?.text.toLowerCase() === 'and' ? k + 1 : t.text.toLowerCase() === 'and' ? k : -1;
  // "... and said C", "... and claim she ...", but not "... and continued as a passion".
  if (and >= 0 && isCueForm(ctx.doc.tokens[and + 1]?.text ?? '') && !ctx.cues[and + 1]?.participle && reportsClause(ctx, and + 2)) return true;
  return t.text === ',' && nextSpeakerAfter(ctx, k);
}

/** What follows a cue that reports something: "that", a quotation, a colon or a clause with its subject. */
function reportsClause(ctx: SpeechContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t) return false;
  if (t.text.toLowerCase() === 'that' || t.text === ':' || isQuoteMark(t.text)) return true;
  return startsFiniteClause(ctx, k, Math.min(ctx.doc.tokens.length - 1, k + CLAUSE_REACH));
}

const NEXT_SPEAKER_REACH = 7;

/** ", while Jones warned ...": another speaker and cue open the next statement. */
function nextSpeakerAfter(ctx: SpeechContext, comma: number): boolean {
  const { tokens } = ctx.doc;
  let from = comma + 1;
  if (tokens[from]?.pos === 'CCONJ' || tokens[from]?.pos === 'SCONJ') from++;
  for (let m = from + 1; m < tokens.length && m - from <= NEXT_SPEAKER_REACH; m++) {
    const cue = ctx.cues[m];
    if (cue && !cue.participle) {
      const subject = subjectBefore(ctx.doc, m, from);
      return subject !== null && subject.phrase.first === from;
    }
    const t = tokens[m];
    if (t.pos === 'VERB' || t.pos === 'AUX' || isSentenceEnd(t.text) || t.text === ',') return false;
  }
  return false;
}

/** "described the plan as reckless", "called the ruling “dangerous”": an object, then "as" or a quotation. */
function describes(ctx: SpeechContext, from: number, last: number): boolean {
  const first = ctx.doc.tokens[from];
  if (!first || first.pos === 'ADP' || first.pos === 'PUNCT' && !isQuoteMark(first.text)) return false;
  for (let m = from; m <= last && m - from <= THAT_REACH * 2; m++) {
    const t = ctx.doc.tokens[m];
    if (t.text.toLowerCase() === 'as' || (isQuoteMark(t.text) && m > from)) return true;
    if (t.pos === 'VERB' || isSentenceEnd(t.text)) return false;
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there']);
const CLAUSE_REACH = 6;
/** What a subject noun phrase is made of ("worship of ancient deities"). */
const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'PART', 'ADP', 'DET', 'NUM']);
const WH_WORDS = new Set(['what', 'how', 'why', 'whether', 'when', 'where', 'who']);

/** "stated they have ...", "added Ann Lee would ...": a subject with its verb right after, not an object. */
function startsFiniteClause(ctx: SpeechContext, k: number, last: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t) return false;
  if (WH_WORDS.has(t.text.toLowerCase())) return true;
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS.has(t.text.toLowerCase()) && isFiniteVerb(ctx, k + 1);
  if (t.pos !== 'PROPN' && t.pos !== 'DET' && t.pos !== 'NOUN') return false;
  for (let m = k + 1; m <= last && m - k <= CLAUSE_REACH; m++) {
    if (isFiniteVerb(ctx, m)) return true;
    if (!SUBJECT_TAGS.has(ctx.doc.tokens[m].pos)) return false;
  }
  return false;
}

/** After a plain cue: a clause start, or a gerund subject with its verb ("say adding salt is ..."). */
function startsClause(ctx: SpeechContext, k: number, last: number): boolean {
  const t = ctx.doc.tokens[k];
  if (words.clauseOpeners.has(t.text.toLowerCase())) return true;
  if (CLAUSE_STARTS.has(t.pos)) return !words.adverbs.has(t.text.toLowerCase());
  if (t.pos !== 'VERB' || !t.text.endsWith('ing')) return false;
  for (let m = k + 1; m <= last && m - k <= CLAUSE_REACH * 2; m++) if (isFiniteVerb(ctx, m) && ctx.doc.tokens[m].pos === 'AUX') return true;
  return false;
}

function isFiniteVerb(ctx: SpeechContext, m: number): boolean {
  const t = ctx.doc.tokens[m];
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.text.toLowerCase().endsWith('ing')));
}

/** Past the listener of "told reporters", "told the newspaper", "asked him". */
function pastObject(ctx: SpeechContext, k: number, last: number): number {
  const t = ctx.doc.tokens[k];
  if (!t || t.text.toLowerCase() === 'that' || isQuoteMark(t.text) || t.text === ':') return k;
  // "warned him that ..." skips the listener; "warned it would fail" starts the clause.
  if (t.pos === 'PRON') return isFiniteVerb(ctx, k + 1) ? k : k + 1;
  // "pleaded with him to ...", "asks to the council to ..."
  if (t.text.toLowerCase() === 'with' && ctx.doc.tokens[k + 1]?.pos === 'PRON') return k + 2;
  const after = ctx.doc.tokens[k + 1];
  if ((t.text.toLowerCase() === 'to' || t.text.toLowerCase() === 'with') && after && (after.pos === 'DET' || after.pos === 'PROPN' || after.pos === 'NOUN')) {
    const listener = phraseAfter(ctx.doc, k + 1, last);
    if (listener) return listener.phrase.last + 1;
  }
  const listener = phraseAfter(ctx.doc, k, last);
  return listener ? listener.phrase.last + 1 : k;
}

const QUESTION_WORDS = new Set(['to', 'how', 'why', 'whether', 'if', 'what', 'when', 'where', 'who', 'which']);

/** "asked the council to help", "asked how ...": where the request or question starts. */
function questionStart(ctx: SpeechContext, from: number, last: number): number {
  for (let m = from; m <= last && m - from <= THAT_REACH; m++) {
    const t = ctx.doc.tokens[m];
    if (QUESTION_WORDS.has(t.text.toLowerCase())) return m;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isSentenceEnd(t.text)) return -1;
  }
  return -1;
}
