#!/usr/bin/env node
/**
 * The two accuracy tables of the README (statements, entities), as Markdown, from the JSON of
 * `statements eval`: npm run build && node bin/statements.js eval --gold test/gold -f json | node scripts/accuracy-tables.mjs
 * Corpora whose README calls them held out are marked so (see HELD_OUT).
 */
import { readFileSync } from 'node:fs';

const HELD_OUT = new Set(['written', 'written-b']);
const report = JSON.parse(readFileSync(0, 'utf8'));
const rows = [...report.corpora, report.total];
const f = (x) => (x == null ? '–' : x.toFixed(2));
const name = (c) => (c.corpus === 'total' ? '**total**' : `\`${c.corpus}\`${HELD_OUT.has(c.corpus) ? ' (held out)' : ''}`);

console.log('| corpus | articles | gold statements | P / R / **F1** | strict F1 (IoU ≥ 0.8) | speaker accuracy exact / lenient | end-to-end F1 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const c of rows) {
  const s = c.statements;
  console.log(`| ${name(c)} | ${c.articles} | ${s.gold} | ${f(s.precision)} / ${f(s.recall)} / **${f(s.f1)}** | ${f(s.strict.f1)} | ${f(s.speaker.accuracy)} / ${f(s.speaker.lenientAccuracy)} | ${f(s.endToEnd.f1)} |`);
}
console.log('');
console.log('| corpus | person | organization | place | initiative | all (micro) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const c of rows) {
  const e = c.entities;
  const type = (t) => `${f(e.byType[t]?.f1)} (${e.byType[t]?.gold ?? 0})`;
  console.log(`| ${name(c)} | ${type('person')} | ${type('organization')} | ${type('place')} | ${type('initiative')} | ${f(e.micro.precision)} / ${f(e.micro.recall)} / **${f(e.micro.f1)}** |`);
}
