import { Chalk } from 'chalk';
import { exitCode } from '../exitCode.js';
import { renderEvalArticles } from '../render/evalArticles.js';
import { renderEvalErrors } from '../render/evalErrors.js';
import { renderEvalJson } from '../render/evalJson.js';
import { renderEvalTable } from '../render/evalTable.js';
import { runEval } from '../runEval.js';
import { checkModels, reportProblem, stdoutIsTerminal, terminalWidth, colorOf } from './articleCommand.js';
import type { EvalOptions } from './eval.js';

/** `statements eval`: scores the pipeline against the gold and prints the report. */
export async function runEvalCommand(inputs: string[], options: EvalOptions): Promise<void> {
  if (!(await checkModels(options.model))) return;
  const run = await runEval(options.gold, inputs, {
    ...options,
    models: options.model,
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
    const chalk = new Chalk({ level: colorOf(options) });
    const errors = run.report.errors ? renderEvalErrors(run.report.errors, { chalk, width: terminalWidth() }) : '';
    const articles = options.articles ? renderEvalArticles(run.report.articles, chalk) : '';
    process.stdout.write(errors + articles + renderEvalTable(run.report, { chalk }));
  }
  process.exitCode = exitCode(run.report.articles.length, run.problems);
}
