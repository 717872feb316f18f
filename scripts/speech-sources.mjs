#!/usr/bin/env node
// What each source of content candidates gives on its own, the speech model choosing: the rules'
// statements, the boundary variants around each cue, the quotations next to a cue; then all of
// them, and the rules alone (no model). Scored as `statements eval` scores (and score.mjs).
// Usage: npm run build && node scripts/speech-sources.mjs GOLD_DIR [MODEL]
import { statementScore } from '../dist/eval/report.js';
import { scoreStatements } from '../dist/eval/scoreStatements.js';
import { addInto, emptyStatementTally } from '../dist/eval/tally.js';
import { readGoldFile } from '../dist/io/readGold.js';
import { analyzeArticle, tokensAndEntities } from '../dist/pipeline/index.js';
import { findStatements } from '../dist/pipeline/speech/index.js';
import { resolveSpeakers } from '../dist/pipeline/resolveSpeakers.js';
import { assembleArticle } from '../dist/pipeline/assemble.js';
import { goldFiles } from '../dist/train/speechGold.js';

const [dir, model = 'models/speech.model'] = process.argv.slice(2);
const items = goldFiles([dir]).map(({ path, root }) => readGoldFile(path, root)).filter((r) => r.ok).map((r) => r.item);
const runs = [['rules alone (no model)', { models: [], noModel: true }], ['model: rules\' contents only', { sources: ['rules'] }],
  ['model: boundary candidates only', { sources: ['boundaries'] }], ['model: quotations only', { sources: ['quotes'] }], ['model: all sources', {}]];
/** The pipeline with the speech rules and no speech model. */
function rulesAlone(input) {
  const { doc, entities } = tokensAndEntities(input.text);
  const statements = findStatements(doc, entities);
  const speakers = resolveSpeakers(doc, entities, statements);
  return assembleArticle({ input, doc, meta: {}, entities, statements, speakers, withTokens: false });
}
const f = (x) => (x === null ? '  -  ' : x.toFixed(3));
console.log('| candidates | P | R | F1 | end to end F1 (lenient) | speaker (lenient) | recall direct / mixed / indirect |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [label, run] of runs) {
  const tally = emptyStatementTally();
  for (const { gold, text } of items) {
    const input = { id: gold.id, source: '', text, meta: {} };
    const article = run.noModel ? rulesAlone(input) : analyzeArticle(input, { models: [model], speechSources: run.sources });
    addInto(tally, scoreStatements(gold.statements, article.statements).tally);
  }
  const s = statementScore(tally);
  const k = s.byKind;
  console.log(`| ${label} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${f(s.endToEndLenient.f1)} | ${f(s.speaker.lenientAccuracy)} | ${f(k.direct?.recall ?? null)} / ${f(k.mixed?.recall ?? null)} / ${f(k.indirect?.recall ?? null)} |`);
}
