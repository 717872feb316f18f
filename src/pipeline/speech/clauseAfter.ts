/**
 * Where a reported clause starts and ends after its cue: past a listener ("told reporters"),
 * place and time, and "that"; up to the next statement (", adding that", ", and said", ", while
 * X warned", a colon before a quotation) or the sentence end.
 */
import { isSentenceEnd, type SpeechContext } from './context.js';
import { trim } from './content.js';
import { isCueForm, lower, words, type CueMatch } from './lexicon.js';
import { isQuoteMark } from './quotes.js';
import { phraseAfter, subjectBefore } from './speakerMention.js';

const THAT_REACH = 8;
const CLAUSE_STARTS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV', 'SCONJ']);

/** The reported clause after the cue: past an object ("told reporters"), place and time, and "that". */
export function clauseAfter(ctx: SpeechContext, cue: CueMatch, last: number): [number, number] | null {
  const { doc } = ctx;
  let k = cue.last + 1;
  if (k > last) return null;
  if (cue.takesObject) k = pastObject(ctx, k, last);
  // "Ann Veld told reporters" at the end of the text: nothing is left after the object.
  if (k > last) return null;
  let marked = false;
  /** "called the ruling “a disgrace”": an object and its description, with no verb of their own. */
  let judged = false;
  for (let m = k; m <= last && m - k <= THAT_REACH; m++) {
    const t = doc.tokens[m];
    if (lower(doc, m) === 'that' && (m === k || doc.tokens[m - 1].pos !== 'DET')) { k = m + 1; marked = true; break; }
    if (t.pos === 'VERB' || t.pos === 'AUX' || isSentenceEnd(t.text) || isQuoteMark(t.text) || t.text === ':' || WH_WORDS.has(t.text.toLowerCase())) break;
  }
  const t = doc.tokens[k];
  if (!marked) {
    // "a user labelled “Guest”": a name given, not words said.
    if (cue.takesAs && k === cue.last + 1 && isQuoteMark(t.text)) return null;
    if (t.text === ':' || isQuoteMark(t.text)) marked = true;
    // "called for “urgent action”", "said in a statement “…”": the quotation after a preposition (and its phrase).
    else if (t.pos === 'ADP' && quotationAfterPreposition(ctx, k, last) >= 0) {
      k = quotationAfterPreposition(ctx, k, last);
      marked = true;
    }
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
      judged = true;
    } else if (t.pos === 'ADP' && !cue.takesAs && clauseAfterPlaceOrTime(ctx, k, last) >= 0) {
      // "said on Tuesday it would ...", "said in a statement the plan ...": past the place or time.
      k = clauseAfterPlaceOrTime(ctx, k, last);
      marked = true;
    } else if (k === cue.last + 1 && (lower(doc, k) === 'as' ? cue.takesAs : t.pos === 'AUX' && !t.text.endsWith('ing')) && afterRelative(ctx, cue.first)) {
      // "..., which the club describes as a retreat", "..., but critics say is a camp": the object or subject went before the speaker.
      marked = true;
    } else if (cue.strict ? !startsFiniteClause(ctx, k, last) : !startsClause(ctx, k, last)) return null;
  }
  let end = k;
  let verb = marked;
  for (; end <= last; end++) {
    const e = doc.tokens[end];
    if (ctx.quoteOf[end] < 0 && endsReportedClause(ctx, end)) break;
    // "... “a disgrace” and vowed to appeal": the speaker's next act is not part of the description.
    if (judged && lower(doc, end) === 'and' && doc.tokens[end + 1]?.pos === 'VERB') break;
    if (e.pos === 'VERB' || e.pos === 'AUX') verb = true;
  }
  if (!verb) return null;
  return trim(ctx, k, end - 1);
}

/** "and said", "but added": a second verb of the same speaker. */
export const COORDINATORS = new Set(['and', 'but']);
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'whom']);
const RELATIVE_REACH = 16;

/** A relative clause set off by a comma opens earlier in the sentence (", which the club describes ..."). */
function afterRelative(ctx: SpeechContext, cue: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = cue - 1; k > 0 && cue - k <= RELATIVE_REACH; k--) {
    if (isSentenceEnd(tokens[k].text) || tokens[k].type === 'tabCRLF') return false;
    if (RELATIVE_PRONOUNS.has(tokens[k].text.toLowerCase()) && tokens[k - 1].text === ',') return true;
  }
  return false;
}

/** ", adding that", ", and said", "and told", or a colon before a quotation: the next statement starts. */
function endsReportedClause(ctx: SpeechContext, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (t.text === ':' && isQuoteMark(ctx.doc.tokens[k + 1]?.text ?? '')) return true;
  if (t.text === ',' && ctx.cues[k + 1]?.participle) return true;
  // Both coordinators have three letters: other words need no lower-casing.
  const and = t.text === ',' ? (COORDINATORS.has(lower(ctx.doc, k + 1)) ? k + 1 : -1) : t.text.length === 3 && COORDINATORS.has(t.text.toLowerCase()) ? k : -1;
  // "... and said C", "... and claim she ...", ", but added that C", but not "... and continued as a passion".
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

/** ", while Jones warned ...", ", with officials saying ...": another speaker and cue open the next statement. */
function nextSpeakerAfter(ctx: SpeechContext, comma: number): boolean {
  const { tokens } = ctx.doc;
  let from = comma + 1;
  const absolute = tokens[from]?.text === 'with';
  if (absolute || tokens[from]?.pos === 'CCONJ' || tokens[from]?.pos === 'SCONJ') from++;
  for (let m = from + 1; m < tokens.length && m - from <= NEXT_SPEAKER_REACH; m++) {
    const cue = ctx.cues[m];
    if (cue && cue.participle === absolute) {
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

/** "stated they have ...", "added Ann Veld would ...": a subject with its verb right after, not an object. */
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

/** The opening mark of a quotation right after the preposition at k, or after its noun phrase; or -1. */
function quotationAfterPreposition(ctx: SpeechContext, k: number, last: number): number {
  const opens = (m: number) => m <= last && isQuoteMark(ctx.doc.tokens[m].text) && ctx.quoteOf[m] >= 0 && ctx.quotes[ctx.quoteOf[m]].open === m;
  if (opens(k + 1)) return k + 1;
  const phrase = phraseAfter(ctx.doc, k + 1, last);
  return phrase && opens(phrase.phrase.last + 1) ? phrase.phrase.last + 1 : -1;
}

/** After "on Tuesday" or "in a statement" at k: where a finite clause starts, or -1. */
function clauseAfterPlaceOrTime(ctx: SpeechContext, k: number, last: number): number {
  const phrase = phraseAfter(ctx.doc, k + 1, last);
  if (!phrase) return -1;
  const next = phrase.phrase.last + 1;
  return next <= last && startsFiniteClause(ctx, next, last) ? next : -1;
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
