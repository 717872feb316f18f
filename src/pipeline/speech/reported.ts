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
import { clauseAfter, COORDINATORS } from './clauseAfter.js';
import { words, type CueMatch } from './lexicon.js';
import { phraseAfter, subjectBefore, type SpeakerPhrase } from './speakerMention.js';
import { phraseLimit } from './direct.js';
import { accordingTo } from './according.js';

const THAT_REACH = 8;
const MIN_CONTENT = 3;

export function findReported(ctx: SpeechContext, earlier: Draft[]): Draft[] {
  const out: Draft[] = [];
  const { doc } = ctx;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ctx.quoteOf[i] >= 0) continue;
    // "according" and "in" are the only words a source cue starts with: nine and two letters.
    const length = doc.tokens[i].text.length;
    const according = length === 9 || length === 2 ? accordingTo(ctx, i) : null;
    if (according) {
      out.push(according);
      if (according.layer) out.push(according.layer);
      continue;
    }
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
  // "... and said C", "declined to comment, but said C"
  const coordinated = prev?.pos === 'CCONJ' && COORDINATORS.has(prev.text.toLowerCase());
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
    // "The rules, said Ann Veld, are clear.": the cue sits inside the content.
    const speaker = phraseAfter(doc, cue.last + 1, phraseLimit(ctx, cue.last + 1));
    if (speaker && doc.tokens[speaker.phrase.last + 1]?.text === ',') return parenthetical(ctx, first, last, cue, speaker);
  }
  const subject = quotedAsSaying(ctx, cue, first) ?? subjectBefore(doc, cue.first, first);
  if (subject) {
    // "As Ann Veld told the paper, C.": the content follows the comma.
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

const QUOTED_AS = new Set(['quoted', 'cited']);

/** "Ann Veld was quoted as saying C": the subject of the passive is the speaker. */
function quotedAsSaying(ctx: SpeechContext, cue: CueMatch, first: number): SpeakerPhrase | null {
  const { tokens } = ctx.doc;
  const as = cue.first - 1;
  if (!cue.participle || as - 2 < first || tokens[as].text.toLowerCase() !== 'as' || !QUOTED_AS.has(tokens[as - 1].text.toLowerCase())) return null;
  let be = as - 2;
  while (be > first && tokens[be].pos === 'ADV') be--;
  if (!words.beForms.has(tokens[be].text.toLowerCase())) return null;
  return subjectBefore(ctx.doc, be, first);
}

function contentBefore(ctx: SpeechContext, first: number, comma: number, cue: CueMatch, speaker: SpeakerPhrase): Draft | null {
  const start = skipDateline(ctx, first, comma);
  const content = trim(ctx, start, comma - 1);
  if (!content || content[1] - content[0] + 1 < MIN_CONTENT) return null;
  // "In her opening remarks, Veld pointed out ...": a phrase with no verb is not what was said.
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

/**
 * The whole sentence is the content, cue and all, when the cue interrupts it (news convention).
 * The sentence must go on in words after the attribution's closing comma ("..., critics argue, is").
 */
function parenthetical(ctx: SpeechContext, first: number, last: number, cue: CueMatch, speaker: SpeakerPhrase): Draft | null {
  const closing = Math.max(cue.last, speaker.phrase.last) + 1;
  if (ctx.doc.tokens[closing + 1]?.type !== 'word') return null;
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

