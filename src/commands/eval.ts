import { Chalk } from 'chalk';
import type { Command } from 'commander';
import { exitCode } from '../exitCode.js';
import { renderEvalArticles } from '../render/evalArticles.js';
import { renderEvalErrors } from '../render/evalErrors.js';
import { renderEvalJson } from '../render/evalJson.js';
import { renderEvalTable } from '../render/evalTable.js';
import { runEval } from '../runEval.js';
import { addArticleOptions, reportProblem, stdoutIsTerminal, terminalWidth, useColor, type ArticleOptions } from './articleCommand.js';

export const EVAL_FORMATS = ['table', 'json'] as const;

interface EvalOptions extends Omit<ArticleOptions, 'format'> {
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
    .requiredOption('--gold <dir>', 'directory of gold corpora (every *.gold.json under it), or one gold file')
    .option('--errors', 'also list every miss, false positive and wrong speaker, with a snippet of the text', false)
    .option('--articles', 'also a table with one row per article (the JSON always has it)', false)
    .addHelpText('after', `
With no INPUT, each gold file's own text is scored; with INPUT, those texts
are, matched to the gold by article id. Statements match one to one by content
span overlap (IoU >= 0.5; strict: >= 0.8). Gold format: docs/gold-format.md.

Examples:
  statements eval --gold test/gold            a table per corpus, and the total
  statements eval --gold test/gold --errors   with every miss and false positive
  statements eval --gold test/gold -f json | jq .total.statements.f1`)
    .action(async (inputs: string[], options: EvalOptions) => {
      const run = await runEval(options.gold, inputs, {
        ...options,
        stdin: process.stdin,
        onProblem: (problem, error) => {
          if (problem.severity === 'error' || !options.quiet) reportProblem(problem, error, options.debug);
        },
      });
      if (!run.ok) {
        process.stderr.write(`statements: ${run.message}\n`);
        process.exitCode = 2;
        return;
      }
      const format = options.format ?? (stdoutIsTerminal ? 'table' : 'json');
      if (format === 'json') {
        process.stdout.write(renderEvalJson(run.report));
      } else {
        const chalk = new Chalk({ level: useColor(options) ? 3 : 0 });
        const errors = run.report.errors ? renderEvalErrors(run.report.errors, { chalk, width: terminalWidth() }) : '';
        const articles = options.articles ? renderEvalArticles(run.report.articles, chalk) : '';
        process.stdout.write(errors + articles + renderEvalTable(run.report, { chalk }));
      }
      process.exitCode = exitCode(run.report.articles.length, run.problems);
    });
}
