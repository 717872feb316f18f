import type { Command } from 'commander';
import { addArticleOptions, type ArticleOptions } from './articleCommand.js';

export const EVAL_FORMATS = ['table', 'json'] as const;

export interface EvalOptions extends Omit<ArticleOptions, 'format'> {
  gold: string;
  format?: (typeof EVAL_FORMATS)[number];
  errors: boolean;
  articles: boolean;
}

export function registerEval(program: Command): void {
  addArticleOptions(
    program.command('eval').description('precision / recall / F1 against gold annotations (by default on the texts the gold files name)'),
    EVAL_FORMATS,
  )
    .requiredOption('--gold <dir>', 'directory of gold corpora (every *.gold.json under it), one gold file, or a CoNLL IOB file')
    .option('--errors', 'also list every miss, false positive and wrong speaker, with a snippet of the text', false)
    .option('--articles', 'also a table with one row per article (the JSON always has it)', false)
    .addHelpText('after', `
With no INPUT, each gold file's own text is scored; with INPUT, those texts
are, matched to the gold by article id. Statements match one to one by content
span overlap (IoU >= 0.5; strict: >= 0.8). A CoNLL IOB file (one article per
-DOCSTART-) is scored on mentions by exact span and type. Gold format: docs/gold-format.md.

Examples:
  statements eval --gold test/gold            a table per corpus, and the total
  statements eval --gold test/gold --errors   with every miss and false positive
  statements eval --gold test/gold -f json | jq .total.statements.f1`)
    // The scoring, the model and the tables load only when eval runs, not on every start of the program.
    .action(async (inputs: string[], options: EvalOptions) => (await import('./evalAction.js')).runEvalCommand(inputs, options));
}
