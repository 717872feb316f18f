/**
 * Where the content of a cue may lie, as candidates for the content model to choose among: after
 * the cue (from right after it, after "that", after its object, after a colon or an opening
 * mark, after a comma) to each place a clause may end (the sentence end, a comma, "and", "which",
 * "because", a quotation's end, the next cue); before it ("C, X said") from each place a clause
 * may start; around it ("The plan, X said, is ..."); the quotations next to it, and a quotation
 * it interrupts ("“A,” X said, “B.”", one content in two fragments); and the rules' own answer.
 */
import type { Doc } from '../../doc.js';
import { clauseBounds, skipDateline } from '../content.js';
import { isSentenceEnd, type SpeechContext } from '../context.js';
import { isQuoteMark } from '../quotes.js';
import { phraseAfter } from '../speakerMention.js';
import type { CueCandidate } from './cueCandidates.js';
import { ruleDraftAt, type ModelContext } from './modelContext.js';
import { Boundary, Side, Start } from './contentKinds.js';
import { Count } from './tokenCounts.js';

export interface ContentCandidate {
  /** Tokens, inclusive. */
  first: number;
  last: number;
  /** The pieces of a content the attribution interrupts, tokens inclusive. */
  fragments?: [number, number][];
  side: Side;
  start: Start;
  end: Boundary;
  /** How many places to end were passed before this one (0: the nearest). */
  rank: number;
  /** The rules gave this content for this cue. */
  rules: boolean;
}

const RIGHT_STARTS = 8;
const ACCORDING_REACH = 16;
const MAX_ENDS = 8;
const MAX_TOKENS = 80;
const LEFT_REACH = 14;
const LEFT_CLAUSE_REACH = 30;
/** An attribution with a long apposition may stand this far from its quotation. */
const QUOTE_REACH = 30;
const COMMA_REACH = 10;

export function contentCandidates(m: ModelContext, cue: CueCandidate): ContentCandidate[] {
  const { ctx } = m;
  const { doc } = ctx;
  const [first, last] = clauseBounds(ctx, cue.head);
  const out: ContentCandidate[] = [];
  const add = (c: ContentCandidate | null) => { if (c && c.first <= c.last) out.push(c); };
  for (const [start, kind] of rightStarts(m, cue, last)) for (const c of endsFrom(m, start, last, kind, Side.right)) add(c);
  for (const c of leftCandidates(m, cue, first)) add(c);
  add(around(m, cue, first, last));
  for (const c of quotesNear(m, cue)) add(c);
  const rule = ruleDraftAt(m, cue.first, cue.last);
  if (rule) {
    const same = out.find((c) => c.first === rule.first && c.last === rule.last);
    if (same) same.rules = true;
    else out.push({ first: rule.first, last: rule.last, side: rule.first > cue.last ? Side.right : rule.last < cue.first ? Side.left : Side.around, start: Start.rules, end: Boundary.rules, rank: 0, rules: true });
  }
  for (const c of out) snapToQuotes(m, c);
  return dedupe(out, m);
}

/**
 * A content that is one quotation, give or take its marks and the comma before the closing one
 * ("“We will win,” X said" read as “We will win), is the words inside the marks; so is each
 * fragment of an interrupted quotation.
 */
function snapToQuotes(m: ModelContext, c: ContentCandidate): void {
  const inner = (first: number, last: number): [number, number] => {
    const { ctx } = m;
    const q = ctx.quoteOf[first] >= 0 ? ctx.quotes[ctx.quoteOf[first]] : null;
    if (!q || (first !== q.open && first !== q.first)) return [first, last];
    const end = q.close >= 0 ? q.close : q.last;
    return last >= q.last - 1 && last <= end ? [q.first, q.last] : [first, last];
  };
  [c.first, c.last] = inner(c.first, c.last);
  if (!c.fragments) return;
  c.fragments = c.fragments.map(([f, l]) => inner(f, l));
  c.first = c.fragments[0][0];
  c.last = c.fragments[c.fragments.length - 1][1];
}

/** Where a content after the cue may start. */
function rightStarts(m: ModelContext, cue: CueCandidate, last: number): [number, Start][] {
  const { doc } = m.ctx;
  const base = cue.last + 1;
  if (base > last) return [];
  // "spoke with a visitor", "met with the mayor": the phrase after "with" is who was spoken to.
  const withListener = doc.tokens[base].text.toLowerCase() === 'with';
  const starts: [number, Start][] = withListener ? [] : [[base, Start.afterCue]];
  // "according to X, Y, C": the content follows the source and its apposition.
  const reach = cue.kind === 'according' ? ACCORDING_REACH : RIGHT_STARTS;
  for (let k = base; k <= last && k - base < reach; k++) {
    const t = doc.tokens[k];
    const lower = t.text.toLowerCase();
    if (lower === 'that' && k > base && m.ctx.quoteOf[k] < 0) starts.push([k + 1, Start.afterThat]);
    else if (t.text === ':' || (isQuoteMark(t.text) && m.ctx.quoteOf[k] >= 0 && m.ctx.quotes[m.ctx.quoteOf[k]].open === k)) starts.push([t.text === ':' ? k + 1 : k, Start.afterMark]);
    else if (t.text === ',' && k > base) starts.push([k + 1, Start.afterComma]);
    else if (k === base && (t.pos === 'ADP' || t.pos === 'PART') && lower !== 'that' && !withListener) starts.push([k + 1, Start.afterParticle]);
    else if (lower === 'to' && k > base && doc.tokens[k + 1]?.pos === 'VERB') starts.push([k, Start.afterObject]);
    if (isSentenceEnd(t.text) || t.type === 'tabCRLF') break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && k > base && cue.kind !== 'according') break;
  }
  // "said that ...": the content starts after "that", never with it.
  if (doc.tokens[base].text.toLowerCase() === 'that' && base < last) starts[0] = [base + 1, Start.afterThat];
  // "told the court (that) ...": past a listener, for a cue that names one.
  const listener = m.ctx.cues[cue.head]?.takesObject ? phraseAfter(doc, base, last) : null;
  if (listener && listener.phrase.last < last) {
    const after = listener.phrase.last + 1;
    const that = doc.tokens[after].text.toLowerCase() === 'that' ? after + 1 : after;
    if (!starts.some(([k]) => k === that)) starts.push([that, Start.afterObject]);
  }
  return starts;
}

/** Each place a content starting at `start` may end, up to the clause's end. */
function endsFrom(m: ModelContext, start: number, last: number, kind: Start, side: Side): ContentCandidate[] {
  const { ctx } = m;
  const { doc } = ctx;
  const out: ContentCandidate[] = [];
  const q = ctx.quoteOf[start];
  // A content that opens a quotation may run to the quotation's end, over sentences.
  const quoteEnd = q >= 0 && ctx.quotes[q].open === start ? (ctx.quotes[q].close >= 0 ? ctx.quotes[q].close : ctx.quotes[q].last) : -1;
  const end = Math.max(last, quoteEnd);
  // "said that if the river rises, the bridge will close": the comma that closes a fronted
  // subordinate clause leaves the clause it leads into unsaid, so the content cannot end there.
  let fronted = SUBORDINATORS.has(doc.tokens[start].text.toLowerCase());
  for (let k = start + 1; k <= end + 1 && k - start <= MAX_TOKENS && out.length < MAX_ENDS; k++) {
    const boundary = k > end ? Boundary.clauseEnd : (m.boundaries[k] >= 0 ? m.boundaries[k] : (m.boundaries[k] = boundaryAt(m, k))) as Boundary;
    if (boundary === Boundary.none) continue;
    if (fronted && boundary === Boundary.comma) { fronted = false; continue; }
    const stop = boundary === Boundary.quoteClose ? k : k - 1;
    out.push({ first: start, last: stop, side, start: kind, end: boundary, rank: out.length, rules: false });
    if (boundary === Boundary.clauseEnd || k === quoteEnd) break;
  }
  for (const c of out) trimmed(doc, c);
  return out;
}

/** What kind of place to end token k is, for a content running up to it. */
export function boundaryAt(m: ModelContext, k: number): Boundary {
  const { ctx } = m;
  const t = ctx.doc.tokens[k];
  const text = t.text;
  if (text === ',') return isListComma(ctx.doc, k) ? Boundary.none : Boundary.comma;
  if (text === ';' || text === ':' || text === '—' || text === '–' || text === '(' || text === '--') return Boundary.punctuation;
  // "... iodine - which can lead to ...": a hyphen between spaces is a dash.
  if (text === '-' && t.space !== '' && ctx.doc.tokens[k + 1]?.space !== '') return Boundary.punctuation;
  if (isSentenceEnd(text)) return Boundary.sentence;
  if (isQuoteMark(text) && ctx.quoteOf[k] >= 0) {
    const quote = ctx.quotes[ctx.quoteOf[k]];
    return quote.close === k ? Boundary.quoteClose : quote.open === k ? Boundary.quoteOpen : Boundary.none;
  }
  if (t.pos === 'CCONJ') return Boundary.conjunction;
  if (t.pos === 'SCONJ') return Boundary.subordinate;
  if (t.pos === 'PRON' && (text === 'which' || text === 'who' || text === 'whom' || text === 'where')) return Boundary.relative;
  if (ctx.cues[k] !== null) return Boundary.cue;
  if (t.type === 'tabCRLF') return Boundary.line;
  return Boundary.none;
}

/** Words that open a subordinate clause which may come before its main clause ("if it rains, we stop"). */
const SUBORDINATORS = new Set(['when', 'whenever', 'if', 'unless', 'although', 'though', 'while', 'whilst', 'because', 'since', 'once', 'after', 'before', 'until']);
const LIST_ITEM = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const LIST_REACH = 3;

/**
 * "fines for cars, vans or trucks": a comma between nouns of a list that "and" or "or"
 * closes a few words on is no place for a clause to end.
 */
export function isListComma(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1];
  if (!before || !LIST_ITEM.has(before.pos)) return false;
  for (let j = k + 1; j <= k + LIST_REACH + 1 && j < doc.tokens.length; j++) {
    const t = doc.tokens[j];
    if (j > k + 1 && t.pos === 'CCONJ') return closesList(doc, j + 1);
    if (!LIST_ITEM.has(t.pos) && !(t.pos === 'DET' && j === k + 1)) return false;
  }
  return false;
}

/** The last item of a list starts at k and no verb follows it ("criticism or injury, ..."; not "jobs and wages are ..."). */
function closesList(doc: Doc, k: number): boolean {
  let j = k;
  if (doc.tokens[j]?.pos === 'DET') j++;
  if (!LIST_ITEM.has(doc.tokens[j]?.pos ?? '')) return false;
  while (j < doc.tokens.length && j - k <= LIST_REACH && LIST_ITEM.has(doc.tokens[j].pos)) j++;
  const next = doc.tokens[j];
  return next === undefined || (next.pos !== 'VERB' && next.pos !== 'AUX');
}

/** "C, X said" and "“Q,” said X": a content ending before the attribution, from where a clause may start. */
function leftCandidates(m: ModelContext, cue: CueCandidate, first: number): ContentCandidate[] {
  const { ctx } = m;
  const { doc } = ctx;
  const out: ContentCandidate[] = [];
  let ends = 0;
  // After a quotation closes before the cue, the words up to the cue are the attribution's own.
  let closed = -1;
  for (let k = cue.first - 1; k >= first && cue.first - k <= QUOTE_REACH && closed < 0; k--) {
    if (ctx.quoteOf[k] >= 0 && ctx.quotes[ctx.quoteOf[k]].close === k) closed = k;
  }
  for (let k = closed >= 0 ? Math.min(cue.first - 1, closed + 1) : cue.first - 1; k >= first && cue.first - k <= (closed >= 0 ? QUOTE_REACH : LEFT_REACH) && ends < 3; k--) {
    const t = doc.tokens[k];
    if (t.text !== ',' && t.text !== ':' && t.text !== '—' && !(isQuoteMark(t.text) && ctx.quoteOf[k] >= 0 && ctx.quotes[ctx.quoteOf[k]].close === k)) continue;
    ends++;
    const stop = k - 1;
    const quote = ctx.quoteOf[stop];
    const starts = new Set<number>([skipDateline(ctx, first, stop)]);
    if (quote >= 0) starts.add(ctx.quotes[quote].first);
    for (let s = stop - 1; s >= first && stop - s <= LEFT_CLAUSE_REACH; s--) {
      const text = doc.tokens[s].text;
      if (text === ':' || text === '—' || text === '–' || (isQuoteMark(text) && ctx.quoteOf[s] >= 0 && ctx.quotes[ctx.quoteOf[s]].open === s)) { starts.add(s + 1); break; }
    }
    // "A happened, and B, according to X": the nearest clause may be the content.
    for (let s = stop - 1; s > first && stop - s <= LEFT_CLAUSE_REACH; s--) {
      if (doc.tokens[s].pos === 'CCONJ' || doc.tokens[s].text === ';') { starts.add(s + 1); break; }
    }
    for (const s of starts) {
      if (s > stop) continue;
      const kind = quote >= 0 && s === ctx.quotes[quote].first ? Start.quoteOpen : s === first ? Start.sentence : Start.afterMark;
      out.push(trimmed(doc, { first: s, last: stop, side: Side.left, start: kind, end: t.text === ',' ? Boundary.comma : Boundary.quoteClose, rank: ends - 1, rules: false }));
    }
  }
  return out;
}

/** "The plan, X said, is ready.": the whole sentence in two fragments around the attribution. */
function around(m: ModelContext, cue: CueCandidate, first: number, last: number): ContentCandidate | null {
  const { doc } = m.ctx;
  let before = -1;
  for (let k = cue.first - 1; k > first && cue.first - k <= COMMA_REACH; k--) if (doc.tokens[k].text === ',') { before = k; break; }
  let after = -1;
  for (let k = cue.last + 1; k < last && k - cue.last <= COMMA_REACH; k++) {
    const t = doc.tokens[k];
    if (t.text === ',') { after = k; break; }
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text)) break;
  }
  if (before < 0 || after < 0 || after + 1 > last) return null;
  const start = skipDateline(m.ctx, first, before - 1);
  const c = trimmed(doc, { first: start, last, side: Side.around, start: Start.sentence, end: Boundary.clauseEnd, rank: 0, rules: false });
  c.fragments = [[c.first, before - 1], [after + 1, c.last]];
  return c;
}

/** The quotations right after or right before the cue, and one the attribution interrupts. */
function quotesNear(m: ModelContext, cue: CueCandidate): ContentCandidate[] {
  const { ctx } = m;
  const out: ContentCandidate[] = [];
  // The nearest quotation closing before the cue and the nearest opening after it, in its paragraph.
  let before = -1;
  for (let k = cue.first - 1; k >= 0 && cue.first - k <= QUOTE_REACH && ctx.paragraphs[k] === ctx.paragraphs[cue.first] && before < 0; k--) {
    const q = ctx.quoteOf[k];
    if (q >= 0 && ctx.quotes[q].close === k) before = q;
  }
  let after = -1;
  const n = ctx.doc.tokens.length;
  for (let k = cue.last + 1; k < n && k - cue.last <= QUOTE_REACH && ctx.paragraphs[k] === ctx.paragraphs[cue.last] && after < 0; k++) {
    const q = ctx.quoteOf[k];
    if (q >= 0 && ctx.quotes[q].open === k) after = q;
  }
  const piece = (i: number, side: Side): ContentCandidate => ({ first: ctx.quotes[i].first, last: ctx.quotes[i].last, side, start: Start.quoteOpen, end: Boundary.quoteClose, rank: 0, rules: false });
  if (before >= 0) out.push(piece(before, Side.quoteBefore));
  if (after >= 0) out.push(piece(after, Side.quoteAfter));
  // An interrupted quotation: no other cue may stand between the attribution and its second part,
  // nor right after it ("“A,” X said. “B,” it added": two statements).
  let between = false;
  if (after >= 0) for (let k = cue.last + 1; k < ctx.quotes[after].open && !between; k++) between = ctx.cues[k] !== null;
  if (after >= 0 && !between) between = cueRightAfter(ctx, ctx.quotes[after].close);
  if (before >= 0 && after >= 0 && !between) {
    const a = ctx.quotes[before];
    const b = ctx.quotes[after];
    out.push({ first: a.first, last: b.last, fragments: [[a.first, a.last], [b.first, b.last]], side: Side.interrupted, start: Start.quoteOpen, end: Boundary.quoteClose, rank: 0, rules: false });
  }
  return out;
}

/** How far after a quotation's closing mark its own cue stands: ", it added", ", the minister said". */
const OWN_CUE_REACH = 4;

/** A cue within a few words after the closing mark at `close` (-1: none, the quote runs on), in its sentence. */
function cueRightAfter(ctx: SpeechContext, close: number): boolean {
  const { tokens } = ctx.doc;
  if (close < 0) return false;
  for (let k = close + 1; k < tokens.length && k - close <= OWN_CUE_REACH && tokens[k].sentence === tokens[close].sentence; k++) if (ctx.cues[k] !== null) return true;
  return false;
}

const TRAILING = new Set([',', ';', ':', '—', '–', '-', '(']);

/** Without the punctuation and line breaks a content never ends or starts with (in place). */
function trimmed(doc: Doc, c: ContentCandidate): ContentCandidate {
  let { first, last } = c;
  while (first < last && (doc.tokens[first].text === ',' || doc.tokens[first].text === ':' || doc.tokens[first].type === 'tabCRLF' || doc.tokens[first].pos === 'SPACE')) first++;
  while (last > first && (TRAILING.has(doc.tokens[last].text) || doc.tokens[last].type === 'tabCRLF' || doc.tokens[last].pos === 'SPACE')) last--;
  c.first = first;
  c.last = last;
  return c;
}

/** One candidate per span (the first kind that gave it), keeping the rules' mark; none of punctuation alone. */
function dedupe(candidates: ContentCandidate[], m: ModelContext): ContentCandidate[] {
  const out: ContentCandidate[] = [];
  // By span and whether it is in fragments: a cue has dozens of candidates, most of them repeats.
  const seen = new Map<number, ContentCandidate>();
  for (const c of candidates) {
    const key = (c.first * 2 + (c.fragments ? 1 : 0)) * m.boundaries.length + c.last;
    const known = seen.get(key);
    if (known) known.rules ||= c.rules;
    else if (m.counts.count(Count.said, c.first, c.last) > 0) {
      seen.set(key, c);
      out.push(c);
    }
  }
  return out;
}
