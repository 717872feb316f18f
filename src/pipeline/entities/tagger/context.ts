/**
 * Features of a token in its place, each a small integer per token: parts of speech around it,
 * where capitals say nothing (sentence starts, headlines, lines in capitals), quotation marks, and
 * what the rules made of it (the type and strength of the rule mention it is in, its name level,
 * title words). Each template has a fixed number of values, so the tagger reads their weights from
 * a dense table, one row per value, with no hashing.
 */
import type { DocToken } from '../../doc.js';
import type { EntityType } from '../../../types.js';
import { isCapitalized } from '../0-tokens.js';
import type { RuleAnalysis } from '../rules.js';

export interface Template {
  /** The template number in the feature key. */
  id: number;
  /** Values run from 0 to size − 1. */
  size: number;
}

const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const POS_IDS = new Map(POS_TAGS.map((tag, i) => [tag, i]));
/** Any other tag, and beyond the edge of the article. */
const POS_OTHER = POS_TAGS.length;
const POS_EDGE = POS_TAGS.length + 1;
const POS_SIZE = POS_TAGS.length + 2;
const RULE_TYPES: (EntityType | null)[] = [null, 'person', 'organization', 'place', 'initiative'];
/** Rule label: 0 none, then B and I for a mention the rules drop (type index 0) or keep as each type. */
const RULE_SIZE = 1 + 2 * RULE_TYPES.length + 1;
const RULE_EDGE = RULE_SIZE - 1;
const TOKEN_TYPES = ['word', 'punctuation', 'number', 'tabCRLF'];

export const CONTEXT: Template[] = [
  { id: 20, size: POS_SIZE }, { id: 21, size: POS_SIZE }, { id: 22, size: POS_SIZE }, { id: 23, size: POS_SIZE }, { id: 24, size: POS_SIZE },
  { id: 25, size: POS_SIZE * POS_SIZE }, { id: 26, size: POS_SIZE * POS_SIZE },
  { id: 27, size: 12 }, // capital × where capitals prove nothing × line kind
  { id: 28, size: 4 }, // inside quotation marks × capital
  { id: 29, size: 4 }, { id: 30, size: 4 }, { id: 31, size: 4 }, // the rules' name level at −1, 0, +1
  { id: 32, size: RULE_SIZE }, { id: 33, size: RULE_SIZE }, { id: 34, size: RULE_SIZE }, // the rules' mention label at −1, 0, +1
  { id: 35, size: 1 + RULE_TYPES.length * 4 }, // the rule mention's own type × strength
  { id: 36, size: 2 }, // a title word in front of a name
  { id: 37, size: TOKEN_TYPES.length + 1 },
  { id: 38, size: 3 }, // capitalised and also written in lower case in the article
  { id: 39, size: RULE_SIZE * 2 }, // rule label × sentence start
  { id: 40, size: 3 }, // line start, line end
  { id: 41, size: 4 * 2 }, // how much of the line is numbers (tables of results, prices) × capital
  { id: 42, size: 4 * (1 + RULE_TYPES.length * 4) }, // the same × the rule mention's type and strength
  { id: 43, size: 4 * RULE_SIZE }, // how much of the article is numbers × the rule label
  { id: 44, size: 3 * 3 * 2 }, // no space, a space or a line break before and after × capital ("Jean-Luc", "Acme.com")
];
export const CONTEXT_COUNT = CONTEXT.length;

const OPEN_QUOTES = new Set(['“', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '’', '»']);

/** What the rules say of each token, as the labels above. */
function ruleLabels(rules: RuleAnalysis, n: number): { label: Uint8Array; raw: Uint8Array; title: Uint8Array } {
  const label = new Uint8Array(n);
  const raw = new Uint8Array(n);
  const title = new Uint8Array(n);
  for (const m of rules.mentions) {
    const group = rules.groupOf.get(m);
    const kept = group ? rules.typeOf.get(group) ?? null : null;
    const type = RULE_TYPES.indexOf(kept);
    const rawValue = 1 + RULE_TYPES.indexOf(m.type) * 4 + m.strength;
    for (let i = m.first; i <= m.last; i++) {
      label[i] = 1 + 2 * type + (i === m.first ? 0 : 1);
      raw[i] = rawValue;
    }
    if (m.title) for (let i = m.title.first; i <= m.title.last; i++) title[i] = 1;
  }
  return { label, raw, title };
}

/** Every token's context values, `CONTEXT_COUNT` per token. */
export function contextValues(rules: RuleAnalysis): Uint16Array {
  const { view } = rules;
  const tokens = view.doc.tokens;
  const n = tokens.length;
  const out = new Uint16Array(n * CONTEXT_COUNT);
  const pos = new Uint8Array(n);
  for (let i = 0; i < n; i++) pos[i] = POS_IDS.get(tokens[i].pos) ?? POS_OTHER;
  const posAt = (i: number) => (i < 0 || i >= n ? POS_EDGE : pos[i]);
  const levelAt = (i: number) => (i < 0 || i >= n ? 3 : view.level[i]);
  const { label, raw, title } = ruleLabels(rules, n);
  const ruleAt = (i: number) => (i < 0 || i >= n ? RULE_EDGE : label[i]);
  const lineNumbers = numberShares(tokens);
  let numbers = 0;
  for (const t of tokens) if (t.type === 'number') numbers++;
  const articleNumbers = share(numbers, n);
  let quoted = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const cap = isCapitalized(t) ? 1 : 0;
    if (t.type === 'tabCRLF') quoted = 0;
    const v = i * CONTEXT_COUNT;
    out[v] = posAt(i - 2);
    out[v + 1] = posAt(i - 1);
    out[v + 2] = pos[i];
    out[v + 3] = posAt(i + 1);
    out[v + 4] = posAt(i + 2);
    out[v + 5] = posAt(i - 1) * POS_SIZE + pos[i];
    out[v + 6] = pos[i] * POS_SIZE + posAt(i + 1);
    out[v + 7] = cap * 6 + (view.initial[i] ? 3 : 0) + view.line[i];
    out[v + 8] = quoted * 2 + cap;
    out[v + 9] = levelAt(i - 1);
    out[v + 10] = levelAt(i);
    out[v + 11] = levelAt(i + 1);
    out[v + 12] = ruleAt(i - 1);
    out[v + 13] = label[i];
    out[v + 14] = ruleAt(i + 1);
    out[v + 15] = raw[i];
    out[v + 16] = title[i];
    out[v + 17] = tokenType(t);
    out[v + 18] = cap === 0 ? 0 : view.common.has(view.lower[i]) ? 1 : 2;
    out[v + 19] = label[i] * 2 + (view.initial[i] ? 1 : 0);
    out[v + 20] = i === 0 || tokens[i - 1].type === 'tabCRLF' ? 1 : i + 1 >= n || tokens[i + 1].type === 'tabCRLF' ? 2 : 0;
    out[v + 21] = lineNumbers[i] * 2 + cap;
    out[v + 22] = lineNumbers[i] * (1 + RULE_TYPES.length * 4) + raw[i];
    out[v + 23] = articleNumbers * RULE_SIZE + label[i];
    out[v + 24] = (gapOf(t.space) * 3 + (i + 1 < n ? gapOf(tokens[i + 1].space) : 2)) * 2 + cap;
    quoted = nextQuoted(quoted, t);
  }
  return out;
}

const gapOf = (space: string) => (space === '' ? 0 : space.includes('\n') ? 2 : 1);

/** 0: no numbers; 1: under a quarter of the tokens; 2: under half; 3: more. */
function share(numbers: number, all: number): number {
  if (numbers === 0) return 0;
  return numbers * 4 < all ? 1 : numbers * 2 < all ? 2 : 3;
}

/** Per token, `share` of the numbers on its line. */
function numberShares(tokens: DocToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].type !== 'tabCRLF') continue;
    let numbers = 0;
    for (let j = start; j < i; j++) if (tokens[j].type === 'number') numbers++;
    out.fill(share(numbers, i - start), start, i);
    start = i + 1;
  }
  return out;
}

function tokenType(t: DocToken): number {
  const i = TOKEN_TYPES.indexOf(t.type);
  return i < 0 ? TOKEN_TYPES.length : i;
}

/** Inside quotation marks after this token: curly marks open and close, straight ones toggle. */
function nextQuoted(quoted: number, t: DocToken): number {
  if (t.type !== 'punctuation' && t.type !== 'unk') return quoted;
  if (OPEN_QUOTES.has(t.text)) return 1;
  if (CLOSE_QUOTES.has(t.text)) return 0;
  if (t.text === '"') return 1 - quoted;
  return quoted;
}
