/**
 * The figures a trained speech model reaches on development gold, for its header: the pipeline
 * runs on each dev text with the model (written to a scratch file, as `--model` would read it),
 * and the project's scorer counts as `statements eval` does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statementScore } from '../eval/report.js';
import { scoreStatements } from '../eval/scoreStatements.js';
import { addInto, emptyStatementTally } from '../eval/tally.js';
import { readGoldFile } from '../io/readGold.js';
import { writeModelFile, type ModelContents } from '../model/modelFile.js';
import { analyzeArticle } from '../pipeline/index.js';
import { goldFiles } from './speechGold.js';

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export function devFigures(contents: ModelContents, folders: string[]): Record<string, unknown> {
  const scratch = mkdtempSync(join(tmpdir(), 'statements-train-'));
  const path = join(scratch, 'speech.model');
  try {
    writeModelFile(path, contents);
    const tally = emptyStatementTally();
    let articles = 0;
    for (const { path: goldPath, root } of goldFiles(folders)) {
      const read = readGoldFile(goldPath, root);
      if (!read.ok) continue;
      const { gold, text } = read.item;
      const article = analyzeArticle({ id: gold.id, source: goldPath, text, meta: {} }, { models: [path] });
      addInto(tally, scoreStatements(gold.statements, article.statements).tally);
      articles++;
    }
    const s = statementScore(tally);
    return {
      gold: folders, articles, statements: s.gold,
      precision: round(s.precision), recall: round(s.recall), f1: round(s.f1),
      endToEndLenientF1: round(s.endToEndLenient.f1), speakerLenient: round(s.speaker.lenientAccuracy),
      recallByKind: Object.fromEntries(Object.entries(s.byKind).map(([k, g]) => [k, round(g.recall)])),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
