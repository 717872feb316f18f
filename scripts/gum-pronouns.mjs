#!/usr/bin/env node
// Pronoun speakers against GUM's coreference chains:
//   node scripts/gum-pronouns.mjs GUM_FOLDER SPLIT...   (e.g. .data/gum train dev)
// For every statement whose speaker is a pronoun ("he said"), is the name it was resolved to a name
// of the pronoun's referent in GUM's coref chains (coref/gum/tsv)? A name counts as the referent's
// when one of the chain's mentions holds its last word. Leaves out the reddit documents (masked text)
// and the news ones (the project's gum-news gold). Run after a build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gumSplit } from '../dist/train/entities/corpora.js';
import { analyzeArticle } from '../dist/pipeline/index.js';

const [gum, ...splits] = process.argv.slice(2);
if (!gum || splits.length === 0) { process.stderr.write('usage: node scripts/gum-pronouns.mjs GUM_FOLDER SPLIT...\n'); process.exit(2); }
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'we', 'i', 'it']);

/** A TSV document as text (its tokens at their offsets) and its referents: per token, the chain ids it is in. */
function readTsv(tsv) {
  const tokens = [];
  const parent = new Map();
  const add = (x) => { if (!parent.has(x)) parent.set(x, x); };
  const find = (x) => { add(x); while (parent.get(x) !== x) x = parent.get(x); return x; };
  const links = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const [id, span, word] = cols;
    const [from] = span.split('-').map(Number);
    // A mention over several tokens has a number ("person[1]"); one of a single token has none and is named by its token.
    const ids = cols[3] === '_' ? [] : cols[3].split('|').map((e) => /\[(\d+)\]/.exec(e)?.[1] ?? `t:${id}`);
    ids.forEach(add);
    tokens.push({ id, from, word, ids });
    // "5-1[16_1]": a link from this token's mention 1 to mention 16 at token 5-1 (0: the single-token mention there).
    if (cols[9] && cols[9] !== "_") for (const link of cols[9].split('|')) {
      const m = /^([\d-]+)(?:\[(\d+)_(\d+)\])?$/.exec(link);
      if (!m) continue;
      const target = !m[2] || m[2] === '0' ? `t:${m[1]}` : m[2];
      const source = !m[3] || m[3] === '0' ? `t:${id}` : m[3];
      links.push([source, target]);
    }
  }
  for (const [a, b] of links) parent.set(find(a), find(b));
  let text = '';
  for (const t of tokens) { while (text.length < t.from) text += ' '; text += t.word; }
  const chainWords = new Map();
  for (const t of tokens) for (const m of t.ids) { const c = find(m); if (!chainWords.has(c)) chainWords.set(c, new Set()); chainWords.get(c).add(t.word.toLowerCase()); }
  return { text, tokens, chainOf: find, chainWords };
}

const CLASS = { he: 'he/she', him: 'he/she', she: 'he/she', her: 'he/she', they: 'they', them: 'they', it: 'it', i: 'I/we', we: 'I/we' };
const byClass = {};
const tally = { statements: 0, pronoun: 0, resolved: 0, right: 0, unresolved: 0, noChain: 0 };
const wrong = [];
for (const split of splits) {
  for (const name of gumSplit(gum, split)) {
    if (name.startsWith('GUM_reddit_') || name.startsWith('GUM_news_')) continue;
    const path = join(gum, 'coref', 'gum', 'tsv', `${name}.tsv`);
    if (!existsSync(path)) continue;
    const d = readTsv(readFileSync(path, 'utf8'));
    const article = analyzeArticle({ id: name, source: path, text: d.text, meta: {} });
    const cp = [...d.text];
    for (const s of article.statements) {
      tally.statements++;
      const sp = s.speaker;
      if (!sp || sp.text == null || !PRONOUNS.has(sp.text.toLowerCase())) continue;
      tally.pronoun++;
      const start = cp.slice(0, sp.start).join('').length;
      const token = d.tokens.find((t) => t.from === start);
      const chains = token ? token.ids.map(d.chainOf) : [];
      if (chains.length === 0) { tally.noChain++; continue; }
      if (!sp.name || PRONOUNS.has(sp.name.toLowerCase())) { tally.unresolved++; continue; }
      tally.resolved++;
      const last = sp.name.split(/\s+/).pop().toLowerCase();
      const kind = CLASS[sp.text.toLowerCase()];
      byClass[kind] ??= { resolved: 0, right: 0 };
      byClass[kind].resolved++;
      if (chains.some((c) => d.chainWords.get(c)?.has(last))) { tally.right++; byClass[kind].right++; }
      else if (wrong.length < 15) wrong.push(`${name}: "${sp.text}" -> ${sp.name} | ${d.text.slice(Math.max(0, start - 60), start + 20).replace(/\s+/g, ' ')}`);
    }
  }
}
console.log(JSON.stringify(tally));
console.log(`pronoun speakers resolved ${tally.resolved} of ${tally.pronoun - tally.noChain} in a chain; right ${tally.right} = ${(tally.right / tally.resolved).toFixed(3)} of the resolved`);
for (const [kind, c] of Object.entries(byClass)) console.log(`  ${kind}: ${c.right} of ${c.resolved} = ${(c.right / c.resolved).toFixed(3)}`);
if (process.env.SHOW_WRONG) for (const w of wrong) console.log('  ', w);
