#!/usr/bin/env node
// The ceiling of the speech model's candidate pool on gold (an oracle that always picks the best
// candidate): how many gold speech attributions have their cue among the cue candidates, a content
// candidate overlapping the gold content by half (as the scorer counts), and a speaker candidate
// overlapping the gold source. Usage: npm run build && node scripts/speech-pool.mjs GOLD_DIR [MODEL]
import { readModelFile } from '../dist/model/modelFile.js';
import { speechModelOf } from '../dist/pipeline/speech/model/speechModel.js';
import { goldFiles, readTrainingArticle } from '../dist/train/speechGold.js';
import { articleExamples } from '../dist/train/speechExamples.js';

const [dir, modelPath = 'models/speech.model'] = process.argv.slice(2);
const model = speechModelOf(readModelFile(modelPath));
const pool = { gold: 0, cue: 0, content: 0, speaker: 0 };
for (const { path, root } of goldFiles([dir])) {
  const counts = articleExamples(readTrainingArticle(path, root), model.vocabulary).pool;
  for (const k of Object.keys(pool)) pool[k] += counts[k];
}
const f1 = (r) => (2 * r) / (1 + r);
console.log(`${pool.gold} gold speech attributions: cue among the candidates ${pool.cue}, content ${pool.content}, content and speaker ${pool.speaker}`);
console.log(`oracle: content recall ${(pool.content / pool.gold).toFixed(3)} (F1 ${f1(pool.content / pool.gold).toFixed(3)} at precision 1), end to end ${(pool.speaker / pool.gold).toFixed(3)} (F1 ${f1(pool.speaker / pool.gold).toFixed(3)})`);
