/**
 * The model's statements: the judged cues (judge.ts) that the statement model keeps, each with
 * its probability as `confidence`. Statements over the same words as a likelier one are dropped.
 * What the rules found that the model cannot judge (quotes without a cue of their own,
 * sign-offs, block quotes) is kept unless a kept statement covers the same words.
 */
import type { FoundEntity } from '../../stages.js';
import { reportedDraft } from '../content.js';
import type { SpeechContext } from '../context.js';
import type { Draft } from '../draft.js';
import type { CueMatch } from '../lexicon.js';
import { phraseAfter, type SpeakerPhrase } from '../speakerMention.js';
import { isNegated } from '../clause.js';
import { isQuoteMark } from '../quotes.js';
import type { ContentCandidate } from './contentCandidates.js';
import type { CueCandidate } from './cueCandidates.js';
import { FeatureBuffer } from './features.js';
import { judgeCues, type Judged, type Source } from './judge.js';
import { modelContext, ruleDraftAt, type ModelContext } from './modelContext.js';
import { packedOf } from './packedTable.js';
import type { SpeechModel } from './speechModel.js';
import { statementFeatures } from './statementFeatures.js';

export interface ChooseOptions {
  /** Also report beliefs, intentions and perceptions ("believes", "wants"), marked `speech: false`. */
  beliefs?: boolean;
  /** Only content candidates of these sources (scripts/speech-sources.mjs measures each alone). */
  sources?: readonly Source[];
}

const SAME_WORDS = 0.5;

export function chooseStatements(ctx: SpeechContext, rules: Draft[], entities: FoundEntity[], model: SpeechModel, options: ChooseOptions = {}): Draft[] {
  const m = modelContext(ctx, rules);
  const { judged, cues } = judgeCues(m, model, options.sources);
  const probabilities = statementProbabilities(m, judged, model);
  const found: Draft[] = [];
  judged.forEach((j, i) => {
    const speech = j.speech >= j.belief;
    if (!speech && !options.beliefs) return;
    // Negated speech ("has not said whether ...") reports nothing said.
    if (j.cue.kind === 'word' && isNegated(ctx, j.cue.first)) return;
    if (probabilities[i] >= thresholdOf(m, j, model)) {
      found.push(draftOf(m, j, probabilities[i], speech));
      return;
    }
    // The model's own content fell short; the rules' content for the same cue may still be a statement.
    const rule = ruleDraftAt(m, j.cue.first, j.cue.last);
    if (!rule || !j.ruleContent) return;
    const p = statementProbability(m, { ...j, content: j.ruleContent, contentMargin: j.ruleMargin ?? 0 }, judged, model);
    if (p >= model.ruleThreshold) found.push({ ...rule, confidence: p });
  });
  const covered = new Set<number>();
  for (const cue of cues) for (let k = cue.first; k <= cue.last; k++) covered.add(k);
  const chosen = dropRepeats(found, ctx, m);
  endBeforeSharedSubjectCues(ctx, chosen);
  // A cue the model reported may carry more quotations than the one it chose ("“A,” it added; and,
  // later, “B”"): the rules' other statements at that cue stay where they share no word with it.
  const reported = new Set<number>();
  for (const c of chosen) if (c.cue) reported.add(c.cue.first);
  const judgedAway = (d: Draft) => d.cue !== null && covered.has(d.cue.first) && !(reported.has(d.cue.first) && !chosen.some((c) => touches(c, d)));
  const kept = rules.filter((d) => !judgedAway(d) && !chosen.some((c) => sameWords(ctx, c, d)));
  return [...chosen, ...kept];
}

/** The statement model's probability for each judged cue. */
export function statementProbabilities(m: ModelContext, judged: Judged[], model: Pick<SpeechModel, 'statement'>): Float64Array {
  const buffer = new FeatureBuffer();
  const table = packedOf(model.statement);
  const out = new Float64Array(judged.length);
  judged.forEach((j, i) => {
    buffer.clear();
    statementFeatures(m, j, nestedIn(judged, j), buffer);
    out[i] = 1 / (1 + Math.exp(-table.score1(buffer.keys, 0, buffer.length)));
  });
  return out;
}

function statementProbability(m: ModelContext, j: Judged, judged: Judged[], model: Pick<SpeechModel, 'statement'>): number {
  const buffer = new FeatureBuffer();
  statementFeatures(m, j, nestedIn(judged, j), buffer);
  return 1 / (1 + Math.exp(-packedOf(model.statement).score1(buffer.keys, 0, buffer.length)));
}

const NESTED_REACH = 8;

/** Whether other judged contents hold this cue (a report inside a report): 0, 1 or 2; the nearest judged cues only. */
export function nestedIn(judged: Judged[], j: Judged): number {
  const at = judged.indexOf(j);
  let n = 0;
  for (let k = Math.max(0, at - NESTED_REACH); k < judged.length && k <= at + NESTED_REACH && n < 2; k++) {
    const o = judged[k];
    if (o !== j && o.content.first <= j.cue.first && o.content.last >= j.cue.last) n++;
  }
  return n;
}

function draftOf(m: ModelContext, j: Judged, probability: number, speech: boolean): Draft {
  const { ctx } = m;
  const cue = cueMatch(m, j.cue);
  const rule = ruleDraftAt(m, j.cue.first, j.cue.last);
  const quoted = j.content.fragments ? null : quotationAfterLeadIn(ctx, j.content.first, j.content.last);
  const first = quoted ? quoted.first : cue.takesObject ? pastListener(m, j.content.first, j.content.last) : j.content.first;
  const draft = reportedDraft(ctx, first, quoted ? quoted.last : j.content.last, { cue, speaker: speakerOf(j, rule) });
  if (j.content.fragments) draft.fragments = j.content.fragments;
  if (quoted || isQuotation(ctx, j.content)) draft.kind = 'direct';
  // The same words as the rules' statement: its kind too (a block quote printed without marks is direct).
  if (rule && rule.first === draft.first && rule.last === draft.last) draft.kind = rule.kind;
  draft.confidence = probability;
  if (!speech) draft.speech = false;
  return draft;
}

/**
 * The rules' speaker where the rules found a statement at the same cue, else the model's: the
 * rules take the name out of its titles and appositions ("Ann Veld" in "Ann Veld of the agency")
 * and were written for the speakers of this project's gold; a relative pronoun the model found
 * stays, as the mention of the phrase it stands for.
 */
function speakerOf(j: Judged, rule: Draft | undefined): SpeakerPhrase | null {
  const chosen = j.speaker?.phrase ?? null;
  let ruled = rule?.speaker ?? null;
  for (let up = rule?.inherits; !ruled && up; up = up.inherits) ruled = up.speaker;
  return chosen && ruled && !chosen.antecedent ? ruled : chosen;
}

function overlap(ctx: SpeechContext, a0: number, a1: number, b0: number, b1: number): number {
  const { tokens } = ctx.doc;
  const inter = Math.min(tokens[a1].end, tokens[b1].end) - Math.max(tokens[a0].start, tokens[b0].start);
  return inter / (Math.max(tokens[a1].end, tokens[b1].end) - Math.min(tokens[a0].start, tokens[b0].start));
}

/** How likely a statement must be: less where the rules found the same statement, more for a bare phrase. */
function thresholdOf(m: ModelContext, j: Judged, model: SpeechModel): number {
  const rule = ruleDraftAt(m, j.cue.first, j.cue.last);
  if (rule && overlap(m.ctx, rule.first, rule.last, j.content.first, j.content.last) >= 0.5) return model.ruleThreshold;
  return isPhrase(m.ctx, j.content, cueMatch(m, j.cue)) ? model.phraseThreshold : model.threshold;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * A content with no finite verb and no quotation mark ("praised the plan", "blamed them for
 * denying entry"), unless it is a request's infinitive ("urged the council to act").
 */
export function isPhrase(ctx: SpeechContext, content: ContentCandidate, cue: CueMatch): boolean {
  const { tokens } = ctx.doc;
  for (let k = content.first; k <= content.last; k++) {
    const t = tokens[k];
    if (isQuoteMark(t.text) || t.pos === 'AUX') return false;
    if (t.pos !== 'VERB') continue;
    // "the bridge built by the city": a participle after its noun, with its agent, is no finite verb.
    if (k > content.first && NOMINAL.has(tokens[k - 1].pos) && tokens[k + 1]?.text.toLowerCase() === 'by' && k + 1 <= content.last) continue;
    const infinitive = tokens[k - 1]?.text.toLowerCase() === 'to';
    if (infinitive ? cue.takesObject : !t.text.endsWith('ing')) return false;
  }
  return true;
}

/**
 * "told the court that ...", "told BBC News every claim ...", "urged the council to act": the
 * content of a cue that names its listener first starts after the listener.
 */
function pastListener(m: ModelContext, first: number, last: number): number {
  const { doc } = m.ctx;
  // Inside a quotation, the words are the speaker's own, listener or not.
  if (m.ctx.quoteOf[first] >= 0) return first;
  const listener = phraseAfter(doc, first, last);
  const next = listener ? listener.phrase.last + 1 : -1;
  if (next <= first || next >= last) return first;
  const t = doc.tokens[next];
  const lower = t.text.toLowerCase();
  if (lower === 'to') return doc.tokens[next + 1].pos === 'VERB' ? next : first;
  if (lower === 'that' || t.text === ':') return next + 1;
  // "As Ann Veld told the Daily Post, the bridge will reopen": past the listener and its comma.
  if (t.text === ',' && opensClause(m, next + 1, last)) return next + 1;
  if (t.text === ',' && isQuoteMark(doc.tokens[next + 1].text)) return next + 1;
  if (isQuoteMark(t.text)) return next;
  return opensClause(m, next, last) ? next : first;
}

const CLAUSE_REACH = 6;

/** A subject and its finite verb start at k ("every claim will be ..."). */
function opensClause(m: ModelContext, k: number, last: number): boolean {
  const { tokens } = m.ctx.doc;
  if (!['PRON', 'DET', 'PROPN', 'NOUN', 'NUM'].includes(tokens[k].pos)) return false;
  for (let j = k + 1; j <= last && j - k <= CLAUSE_REACH; j++) {
    const t = tokens[j];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.text.endsWith('ing'))) return true;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' && j === k + 1) return false;
  }
  return false;
}

/**
 * "…, it added; and, later, “B”": words without a verb and a comma before a quotation that runs to
 * the content's end lead in to the quotation, which is the content: the words inside its marks, or null.
 */
function quotationAfterLeadIn(ctx: SpeechContext, first: number, last: number): { first: number; last: number } | null {
  const { tokens } = ctx.doc;
  for (let k = first; k < last; k++) {
    const q = ctx.quoteOf[k + 1];
    if (tokens[k].text === ',' && k > first && q >= 0 && ctx.quotes[q].open === k + 1) {
      const quote = ctx.quotes[q];
      return quote.last === last || quote.close === last ? { first: quote.first, last: quote.last } : null;
    }
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || isQuoteMark(tokens[k].text)) return null;
  }
  return null;
}

/** The words inside one quotation's marks, or in two quotations the attribution interrupts. */
function isQuotation(ctx: SpeechContext, content: ContentCandidate): boolean {
  const pieces = content.fragments ?? [[content.first, content.last]];
  return pieces.every(([first, last]) => {
    const q = ctx.quoteOf[first];
    return q >= 0 && ctx.quotes[q].first === first && ctx.quotes[q].last === last;
  });
}

const CUE_DEFAULTS = { cls: 'neutral' as const, strict: false, participle: false };

const matches = new WeakMap<CueCandidate, CueMatch>();

/**
 * The cue as the rest of the pipeline knows cues: the rules' entry where the word has one. Made
 * once per cue: a lemma costs wink-nlp more than anything else it gives, and each judged cue asks
 * up to three times.
 */
function cueMatch(m: ModelContext, cue: CueCandidate): CueMatch {
  const known = m.ctx.cues[cue.head];
  if (known) return known;
  let match = matches.get(cue);
  if (!match) {
    const lemma = cue.kind === 'according' ? 'according to' : cue.kind === 'colon' ? ':' : m.ctx.doc.lemma(cue.head);
    match = { ...CUE_DEFAULTS, lemma, first: cue.first, last: cue.last, participle: m.ctx.doc.tokens[cue.head].text.endsWith('ing') };
    matches.set(cue, match);
  }
  return match;
}

/**
 * Of statements over mostly the same words, the likeliest; but a source quoted by another keeps
 * its own statement of the same words ("According to X, quoting Y, C": the rules' layer).
 */
function dropRepeats(drafts: Draft[], ctx: SpeechContext, m: ModelContext): Draft[] {
  const order = [...drafts].sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0));
  const kept: Draft[] = [];
  const ruleOf = (d: Draft) => (d.cue ? ruleDraftAt(m, d.cue.first, d.cue.last) : undefined);
  const layered = (a: Draft, b: Draft) => {
    const x = ruleOf(a);
    const y = ruleOf(b);
    return x !== undefined && y !== undefined && (x.layer === y || y.layer === x);
  };
  for (const d of order) if (!kept.some((k) => sameWords(ctx, k, d) && !layered(k, d))) kept.push(d);
  return kept;
}

const CONJUNCTIONS = new Set(['and', 'but', 'or']);
const TRAILING_MARKS = new Set([',', ';', ':']);

/**
 * "The club claimed the fee was legal and claim it will stay": a cue joined to the one before by
 * "and", with no subject of its own, says its own statement; the first statement's words end before
 * the "and", not over the second's.
 */
function endBeforeSharedSubjectCues(ctx: SpeechContext, chosen: Draft[]): void {
  const { tokens } = ctx.doc;
  for (const d of chosen) {
    if (!d.cue || d.fragments) continue;
    for (const other of chosen) {
      const at = other.cue?.first ?? -1;
      if (other === d || at <= d.first + 1 || at > d.last || !CONJUNCTIONS.has(tokens[at - 1].text.toLowerCase())) continue;
      let last = at - 2;
      while (last > d.first && TRAILING_MARKS.has(tokens[last].text)) last--;
      if (last < d.last) d.last = last;
    }
  }
}

function touches(a: Draft, b: Draft): boolean {
  return a.first <= b.last && b.first <= a.last;
}

function sameWords(ctx: SpeechContext, a: Draft, b: Draft): boolean {
  const { tokens } = ctx.doc;
  const inter = Math.min(tokens[a.last].end, tokens[b.last].end) - Math.max(tokens[a.first].start, tokens[b.first].start);
  const union = Math.max(tokens[a.last].end, tokens[b.last].end) - Math.min(tokens[a.first].start, tokens[b.first].start);
  return inter / union >= SAME_WORDS;
}
