/**
 * Direct quotes and their attribution: "“Q,” X said.", "“Q,” said X.", "X said: “Q”",
 * "“A,” she said, “B.”" (two statements, one speaker), "“Q” – X" (a dash sign-off), and quotes
 * with no attribution of their own, which take the speaker of the quote before them in the same
 * or the previous paragraph (continued and follow-on quotes, cue null).
 */
import { rangeOf } from '../doc.js';
import { isSentenceEnd, sentenceBounds, type SpeechContext } from './context.js';
import type { Draft } from './draft.js';
import { isQuoteMark } from './quotes.js';
import { phraseAfter, subjectBefore, type SpeakerPhrase } from './speakerMention.js';
import { isNegated, mainClauseSubject } from './clause.js';
import type { CueMatch } from './lexicon.js';
import { sourceCueAt } from './according.js';

interface Attribution {
  cue: CueMatch | null;
  speaker: SpeakerPhrase | null;
  /** The cue also governs a reported clause of its own ("told Radio North any plan ...: “Q”"). */
  shared?: boolean;
}

const WINDOW = 20;
const LEAD_INS = new Set([':', ',', ';', '.', '!', '?', '—', '–', '-', '(', '[']);
const DASHES = new Set(['-', '—', '–']);
const SIGN_OFF = { lemma: '-', cls: 'neutral' as const, strict: false, participle: false };

/** The quotes that stand as statements, attributed where the text attributes them. */
export function attributeQuotes(ctx: SpeechContext): Draft[] {
  const drafts: Draft[] = [];
  let previous: Draft | null = null;
  let previousParagraph = -1;
  for (const quote of ctx.quotes) {
    if (!standsAlone(ctx, quote.open)) continue;
    const found = after(ctx, quote.close) ?? before(ctx, quote.open);
    const words = quote.last - quote.first + 1;
    const draft: Draft = { kind: 'direct', first: quote.first, last: quote.last, cue: found?.cue ?? null, speaker: found?.speaker ?? null };
    if (found?.cue && found.cue.lemma !== '-' && !found.shared) for (let i = found.cue.first; i <= found.cue.last; i++) ctx.usedCues.add(i);
    if (!found) {
      // Continued (next paragraph) or follow-on (same paragraph) quote: the previous quote's speaker.
      const near = previous !== null && (quote.paragraph === previousParagraph || (quote.continues && quote.paragraph === previousParagraph + 1));
      if (near) draft.inherits = previous!;
      else if (words <= 2) continue;
    }
    drafts.push(draft);
    previous = draft;
    previousParagraph = quote.paragraph;
  }
  return drafts;
}

/** Whether the opening mark starts a quotation of its own rather than a quoted word inside a clause. */
function standsAlone(ctx: SpeechContext, open: number): boolean {
  const prev = ctx.doc.tokens[open - 1];
  if (!prev || prev.type === 'tabCRLF' || prev.pos === 'SPACE') return true;
  if (LEAD_INS.has(prev.text) || isQuoteMark(prev.text)) return true;
  // "a user labelled “Guest”", "a group called “Hope”": a name given, not words said.
  const cue = ctx.cues[open - 1];
  return cue !== null && !cue.takesAs;
}

/** "“Q,” X said", "“Q,” said X", "“Q” – X": the attribution right after the closing mark. */
function after(ctx: SpeechContext, close: number): Attribution | null {
  const { doc } = ctx;
  if (close < 0) return null;
  let j = close + 1;
  if (doc.tokens[j]?.text === ',') j++;
  const end = Math.min(doc.tokens.length - 1, j + WINDOW);
  if (DASHES.has(doc.tokens[j]?.text ?? '')) return signOff(ctx, j);
  for (let c = j; c <= end; c++) {
    const t = doc.tokens[c];
    if (t.type === 'tabCRLF' || isSentenceEnd(t.text) || isQuoteMark(t.text)) return null;
    const cue = ctx.cues[c];
    if (!cue || isNegated(ctx, c)) continue;
    // “Q.” X said C: a new sentence with content of its own is not the quote's attribution.
    if (isSentenceEnd(doc.tokens[close - 1]?.text ?? '') && hasOwnClause(ctx, cue.last + 1)) return null;
    if (c === j) {
      // "“Q”, highlighting the risk": a participle after the quote goes on from an attribution before it.
      if (cue.participle) return null;
      const speaker = phraseAfter(doc, cue.last + 1, phraseLimit(ctx, cue.last + 1));
      return speaker ? { cue, speaker } : null;
    }
    const speaker = subjectBefore(doc, c, j);
    if (speaker && (speaker.phrase.first === j || describedBefore(ctx, j, speaker.phrase.first))) return { cue, speaker };
    if (speaker && cue.participle) continue;
    return null;
  }
  return null;
}

/** Between "a" and a name, a verb form describes ("a visibly upset", "a smiling"). */
const PREMODIFIERS = new Set(['ADJ', 'ADV', 'VERB']);

/** "a visibly upset Tom Ray said": a determiner and words that describe the speaker, from j up to the name. */
function describedBefore(ctx: SpeechContext, j: number, name: number): boolean {
  const { tokens } = ctx.doc;
  if (name <= j + 1 || tokens[j].pos !== 'DET') return false;
  for (let k = j + 1; k < name; k++) {
    if (!PREMODIFIERS.has(tokens[k].pos)) return false;
  }
  return true;
}

/** A verb, "that" or a quotation before the sentence ends: the cue reports a clause of its own. */
function hasOwnClause(ctx: SpeechContext, from: number): boolean {
  for (let k = from; k < ctx.doc.tokens.length; k++) {
    const t = ctx.doc.tokens[k];
    // "X notes, “Q2”": the cue introduces a quotation of its own.
    if ((t.text === ',' || t.text === ':') && isQuoteMark(ctx.doc.tokens[k + 1]?.text ?? '')) return true;
    if (isSentenceEnd(t.text) || t.type === 'tabCRLF' || isQuoteMark(t.text) || t.text === ',') return false;
    if (t.pos === 'AUX' || t.text.toLowerCase() === 'that' || (t.pos === 'VERB' && ctx.cues[k] === null)) return true;
  }
  return false;
}

/** "“Q” – Ann Veld": a name alone after a dash, ending the paragraph. */
function signOff(ctx: SpeechContext, dash: number): Attribution | null {
  const { doc } = ctx;
  let k = dash + 1;
  while (k < doc.tokens.length && doc.tokens[k].pos === 'PROPN') k++;
  const ends = k >= doc.tokens.length || doc.tokens[k].type === 'tabCRLF';
  if (k === dash + 1 || !ends) return null;
  const range = rangeOf(doc, dash + 1, k - 1);
  return { cue: { ...SIGN_OFF, first: dash, last: dash }, speaker: { phrase: range, head: k - 1, source: range } };
}

/** "X said: “Q”", "X told reporters, “Q”", "“A,” she said, “B.”": a cue shortly before the opening mark. */
function before(ctx: SpeechContext, open: number): Attribution | null {
  const { doc } = ctx;
  let j = open - 1;
  if (j < 0) return null;
  // "X said:" closing one paragraph and the quotation opening the next.
  if (doc.tokens[j].type === 'tabCRLF' && doc.tokens[j - 1]?.text === ':') return colonLeadIn(ctx, j - 1);
  if (doc.tokens[j].text === ':') {
    const led = scanBack(ctx, j - 1);
    return led ?? colonLeadIn(ctx, j);
  }
  if (doc.tokens[j].text === ',') j--;
  return scanBack(ctx, j);
}

function scanBack(ctx: SpeechContext, j: number): Attribution | null {
  const { doc } = ctx;
  for (let c = j; c >= 0 && j - c <= WINDOW; c--) {
    const t = doc.tokens[c];
    if (t.type === 'tabCRLF' || isSentenceEnd(t.text) || isQuoteMark(t.text)) return null;
    // "..., in the words of the prosecutor, Ann Veld, “Q”"
    const source = t.pos === 'ADP' || t.pos === 'VERB' ? sourceCueAt(ctx, c) : null;
    if (source) {
      const speaker = phraseAfter(doc, source.last + 1, j);
      return speaker ? { cue: source, speaker } : null;
    }
    const cue = ctx.cues[c];
    if (!cue) {
      if (t.pos === 'VERB' || t.pos === 'AUX') return null;
      continue;
    }
    if (isNegated(ctx, c)) return null;
    const [first] = sentenceBounds(doc, c);
    let limit = first;
    // The interrupting attribution of "“A,” she said, “B.”" starts right after the first quote.
    for (let k = c - 1; k >= first; k--) if (isQuoteMark(doc.tokens[k].text)) { limit = k + 1; break; }
    const prev = doc.tokens[c - 1];
    const joined = (cue.participle && prev?.text === ',') || (prev?.pos === 'CCONJ' && prev.text.toLowerCase() === 'and');
    const speaker = joined ? mainClauseSubject(ctx, c) : subjectBefore(doc, c, limit);
    if (speaker) return { cue, speaker };
    // "Said the minister: “Q”": the speaker after a cue that opens its clause.
    const opens = c === limit || prev === undefined || prev.pos === 'PUNCT';
    const inverted = opens ? phraseAfter(doc, cue.last + 1, j) : null;
    return inverted ? { cue, speaker: inverted } : null;
  }
  return null;
}

/**
 * "X told reporters on Monday:" or "X defended the plan:" before a quotation: the first cue of
 * the sentence with its subject, or else the sentence's subject with no cue.
 */
export function colonLeadIn(ctx: SpeechContext, colon: number): Attribution | null {
  const [first] = sentenceBounds(ctx.doc, colon);
  for (let c = first; c < colon; c++) {
    const cue = ctx.cues[c];
    if (!cue || isNegated(ctx, c)) continue;
    const speaker = subjectBefore(ctx.doc, c, first);
    if (speaker) return { cue, speaker, shared: true };
  }
  const subject = mainClauseSubject(ctx, colon);
  return subject && subject.source !== subject.phrase ? { cue: null, speaker: subject } : null;
}

/** Where a phrase after a cue must stop: the sentence end or the next quotation mark. */
export function phraseLimit(ctx: SpeechContext, from: number): number {
  const { doc } = ctx;
  let k = from;
  while (k < doc.tokens.length) {
    const t = doc.tokens[k];
    if (isSentenceEnd(t.text) || isQuoteMark(t.text) || t.type === 'tabCRLF') break;
    k++;
  }
  return k - 1;
}
