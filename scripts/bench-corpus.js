#!/usr/bin/env node
// Aggregation speed and retained memory of the corpus views (`speakers`, `network`), on synthetic
// extracted articles made here (invented names, never stored): memory should follow the number of
// speakers, entities and speaker–entity pairs, not of articles (article ids on edges excepted). Run: npm run build && node --expose-gc scripts/bench-corpus.js
import { NO_ALIASES } from '../dist/corpus/aliases.js';
import { aggregateSpeakers } from '../dist/corpus/aggregateSpeakers.js';
import { buildNetwork } from '../dist/corpus/buildNetwork.js';
import { createTally, tallyArticle } from '../dist/corpus/tally.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sa', 'ber', 'du', 'nel', 'fi', 'gor'];
const word = (n) => { let w = ''; do { w += SYLLABLES[n % SYLLABLES.length]; n = Math.floor(n / SYLLABLES.length); } while (n > 0); return w[0].toUpperCase() + w.slice(1); };
const PEOPLE = Array.from({ length: 2000 }, (_, i) => `${word(i)} ${word(i * 7 + 3)}`);
const ORGS = Array.from({ length: 500 }, (_, i) => `${word(i + 11)} Council`);

let seed = 1;
/** mulberry32: a small seeded generator, so every run tallies the same articles. */
function random(n) {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}

/** Four statements by two of 2,000 people, each about one of the ten organizations that person talks about. */
function article(index) {
  const speakers = [random(PEOPLE.length), random(PEOPLE.length)];
  const topics = speakers.map((p) => (p * 13 + random(10)) % ORGS.length);
  const names = [...new Set([...speakers.map((p) => PEOPLE[p]), ...topics.map((o) => ORGS[o])])];
  const entities = names.map((name, i) => ({ id: `e${i + 1}`, type: name.endsWith('Council') ? 'organization' : 'person', name, aliases: [], titles: [], affiliation: null, mentions: [{ text: name, start: 0, end: name.length, sentence: 0 }] }));
  const idOf = (name) => entities.find((e) => e.name === name).id;
  const statements = Array.from({ length: 4 }, (_, i) => {
    const who = i % 2;
    const speaker = entities.find((e) => e.name === PEOPLE[speakers[who]]);
    return { id: `s${i + 1}`, kind: 'indirect', speaker: { name: speaker.name, entity: speaker.id, type: 'person', text: speaker.name, start: 0, end: 1 }, cue: { text: 'said', lemma: 'say', start: 0, end: 4 }, content: { text: 'x', start: 0, end: 1 }, sentence: i, about: [idOf(ORGS[topics[who]])] };
  });
  return { id: `a${index}`, source: 'bench', meta: { date: `2024-01-${String(1 + (index % 28)).padStart(2, '0')}` }, stats: { characters: 0, sentences: 0, tokens: 0 }, entities, statements };
}

function retainedMb() {
  globalThis.gc?.();
  return (process.memoryUsage().heapUsed / 1e6).toFixed(1);
}

for (const articleIds of [false, true]) {
  for (const count of [10_000, 100_000]) {
    seed = 1;
    const before = retainedMb();
    const tally = createTally();
    const start = performance.now();
    for (let i = 0; i < count; i++) tallyArticle(tally, article(i), { aliases: NO_ALIASES, articleIds });
    const tallied = performance.now();
    const speakers = aggregateSpeakers(tally, { top: 5 }).speakers.length;
    const edges = buildNetwork(tally, { allEntities: false }).edges.length;
    const seconds = ((performance.now() - start) / 1000).toFixed(2);
    const perArticle = ((tallied - start) / count * 1000).toFixed(1);
    console.log(`${count} articles, article ids ${articleIds ? 'kept' : 'dropped'}: ${speakers} speakers, ${edges} edges, ${seconds} s (${perArticle} µs per article), heap ${before} → ${retainedMb()} MB with the tally held`);
    if (tally.articles !== count) throw new Error('lost articles');
  }
}
