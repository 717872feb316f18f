import type { Command } from 'commander';
import { exitCode } from '../exitCode.js';
import { runArticles } from '../run.js';
import { addArticleOptions, checkModels, inputsOrStdin, reportProblem, colorOf, type ArticleOptions } from './articleCommand.js';

/** Columns to wrap to: the terminal's, else $COLUMNS, else 80 (a pipe has no width of its own). */
function showWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 80;
}

export function registerShow(program: Command): void {
  addArticleOptions(program.command('show').description('read each article with its statements, speakers, cues and entities marked'), [])
    .addHelpText('after', '\nINPUT may also be output of `statements extract --with-text` (jsonl or json), drawn as it was written:\n  statements extract corpus/ --with-text --format jsonl > extracted.jsonl\n  statements show extracted.jsonl\n')
    .action(async (inputs: string[], options: ArticleOptions, command: Command) => {
      const paths = inputsOrStdin(inputs, command);
      if (!paths || !(await checkModels(options.model))) return;
      // Loaded here, not at start-up: the other commands do not need them.
      const [{ Chalk }, { showRenderer }] = await Promise.all([import('chalk'), import('../render/show.js')]);
      const context = { chalk: new Chalk({ level: colorOf(options) }), width: showWidth() };
      const summary = await runArticles(paths, {
        ...options,
        format: 'table',
        renderer: showRenderer(context),
        view: 'extract',
        tokens: false,
        models: options.model,
        context,
        stdin: process.stdin,
        stdout: process.stdout,
        onProblem: (problem, error) => reportProblem(problem, error, options.debug),
      });
      process.exitCode = exitCode(summary.articles, summary.problems);
    });
}
