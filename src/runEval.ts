import { readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { GoldItem } from './eval/gold.js';
import { buildReport, type EvalReport } from './eval/report.js';
import { scoreArticle, type ArticleScore } from './eval/scoreArticle.js';
import { readInputs, type InputOptions } from './io/readInputs.js';
import { conllGold, looksLikeConll } from './io/readConll.js';
import { findGoldFiles, readGoldFile } from './io/readGold.js';
import { analyzeArticle } from './pipeline/index.js';
import type { Problem } from './types.js';

export interface EvalRunOptions extends Omit<InputOptions, 'stdin'> {
  errors: boolean;
  /** Model files given with `--model`. */
  models?: string[];
  stdin: Readable;
  onProblem: (problem: Problem, error?: unknown) => void;
}

export type EvalRun = { ok: true; report: EvalReport; problems: number } | { ok: false; message: string };

/** Every readable gold article under a directory (or one gold file); unreadable ones are reported and skipped. */
function readGoldCorpora(root: string, options: EvalRunOptions): { items: GoldItem[]; problems: number } {
  const isFile = statSync(root).isFile();
  if (isFile && !root.endsWith('.json')) {
    const text = readFileSync(root, 'utf8');
    if (looksLikeConll(text)) return { items: conllGold(root, text), problems: 0 };
  }
  const paths = isFile ? [root] : findGoldFiles(root);
  const items: GoldItem[] = [];
  let problems = 0;
  for (const path of paths) {
    const read = readGoldFile(path, isFile ? path : root);
    if (!read.ok) {
      problems++;
      options.onProblem(read.problem);
      continue;
    }
    for (const warning of read.warnings) options.onProblem(warning);
    items.push(read.item);
  }
  return { items, problems };
}

function scoreSafely(item: GoldItem, text: string, source: string, options: EvalRunOptions): ArticleScore | null {
  try {
    return scoreArticle(item, analyzeArticle({ id: item.gold.id, source, text, meta: {} }, { models: options.models }));
  } catch (error) {
    options.onProblem({ code: 'internal', severity: 'error', source, message: `internal error: ${(error as Error).message}` }, error);
    return null;
  }
}

/** Runs the pipeline on the gold texts, or on INPUT matched to the gold by article id, and scores it. */
export async function runEval(goldRoot: string, inputs: string[], options: EvalRunOptions): Promise<EvalRun> {
  try {
    statSync(goldRoot);
  } catch {
    return { ok: false, message: `--gold: no such file or directory "${goldRoot}"` };
  }
  const { items, problems: goldProblems } = readGoldCorpora(goldRoot, options);
  if (items.length === 0 && goldProblems === 0) return { ok: false, message: `--gold: no *.gold.json files under "${goldRoot}"` };
  let problems = goldProblems;
  const scores: ArticleScore[] = [];
  const keep = (score: ArticleScore | null) => (score ? scores.push(score) : problems++);
  if (inputs.length === 0) {
    for (const item of items) keep(scoreSafely(item, item.text, item.gold.file, options));
  } else {
    for await (const input of readInputs(inputs, options)) {
      if (!input.ok) {
        problems++;
        options.onProblem(input.problem);
        continue;
      }
      const golds = items.filter((item) => item.gold.id === input.article.id);
      if (golds.length === 0) {
        options.onProblem({ code: 'no-gold', severity: 'warning', source: input.article.source, message: `no gold annotations with id "${input.article.id}", not scored` });
        continue;
      }
      for (const item of golds) {
        if (input.article.text !== item.text) {
          options.onProblem({ code: 'text-differs', severity: 'warning', source: input.article.source, message: `text differs from the gold's text (${item.gold.file}); offsets may not line up` });
        }
        keep(scoreSafely({ ...item, text: input.article.text }, input.article.text, input.article.source, options));
      }
    }
  }
  if (scores.length === 0) return { ok: false, message: 'nothing to score: no article has both a text and gold annotations' };
  return { ok: true, report: buildReport(scores, options.errors), problems };
}
