import { Command } from 'commander';
import type { Readable } from 'node:stream';
import type { CorpusRender } from '../corpus/render/context.js';
import type { CorpusTally, TallyOptions } from '../corpus/tally.js';
import { exitCode } from '../exitCode.js';
import { write } from '../output.js';
import { runArticles } from '../run.js';
import type { Article } from '../types.js';
import { checkModels, inputsOrStdin, reportProblem, stdoutIsTerminal, terminalWidth, colorOf, type ArticleOptions } from './articleCommand.js';
import { filterOf } from './filterOptions.js';

export interface CorpusOptions extends Omit<ArticleOptions, 'format'> {
  format?: string;
  aliases?: string;
  articleIds?: boolean;
}

/** `--aliases FILE`, shared by the corpus views. */
export function addAliasOption(command: Command): Command {
  return command.option('--aliases <file>', 'JSON or CSV of name → canonical name, to merge names the tool cannot (other transliterations, nicknames)');
}

/**
 * Reads every input once, article by article, into one tally, then renders a view of the whole.
 * Inputs may be articles (analysed here) or our own extracted output (read as it is).
 */
export async function runCorpus<T>(inputs: string[], options: CorpusOptions, command: Command, view: { build: (tally: CorpusTally) => T; render: CorpusRender<T> }): Promise<void> {
  // Loaded here, not at start-up: the other commands do not need them.
  const [{ Chalk }, { buildAliasTable, NO_ALIASES }, { createTally, tallyArticle }, { readAliases }, { corpusInputs }, { readExtracted }] = await Promise.all([
    import('chalk'), import('../corpus/aliases.js'), import('../corpus/tally.js'),
    import('../io/readAliases.js'), import('../io/corpusInputs.js'), import('../io/readExtracted.js'),
  ]);
  const paths = inputsOrStdin(inputs, command);
  if (!paths || !(await checkModels(options.model))) return;
  let aliases = NO_ALIASES;
  if (options.aliases) {
    const read = readAliases(options.aliases);
    if (!read.ok) {
      process.stderr.write(`statements: ${read.message}\n`);
      process.exitCode = 2;
      return;
    }
    aliases = buildAliasTable(read.pairs);
  }
  const tally = createTally();
  const tallyOptions: TallyOptions = { aliases, articleIds: options.articleIds ?? true };
  const filter = filterOf(options);
  const filterArticle = filter ? (await import('../filters.js')).filterArticle : undefined;
  let articles = 0;
  let problems = 0;
  const add = (article: Article): void => {
    const kept = filter && filterArticle ? filterArticle(article, filter) : article;
    if (kept) tallyArticle(tally, kept, tallyOptions);
  };
  const report = (source: string, code: string, message: string, error?: unknown) => {
    problems++;
    reportProblem({ code, severity: 'error', source, message }, error, options.debug);
  };

  const raw: string[] = [];
  let stdin: Readable = process.stdin;
  for await (const input of corpusInputs(paths, { inputFormat: options.inputFormat, stdin })) {
    if (input.kind === 'problem') {
      report(input.problem.source, input.problem.code, input.problem.message);
    } else if (input.kind === 'articles') {
      raw.push(input.path);
      if (input.stdin) stdin = input.stdin;
    } else {
      for await (const read of readExtracted(input.stream, input.path)) {
        if (!read.ok) {
          report(read.problem.source, read.problem.code, read.problem.message);
          continue;
        }
        try {
          add(read.article);
          articles++;
        } catch (error) {
          report(read.article.source ?? input.path, 'shape', `not an extracted article as the schema describes it (${(error as Error).message})`, error);
        }
      }
    }
  }
  if (raw.length > 0) {
    const summary = await runArticles(raw, {
      ...options,
      format: 'jsonl',
      view: 'extract',
      tokens: false,
      models: options.model,
      context: { chalk: new Chalk({ level: 0 }), width: terminalWidth() },
      stdin,
      stdout: process.stdout,
      onProblem: (problem, error) => reportProblem(problem, error, options.debug),
      renderer: { begin: () => '', article: (article) => (add(article), ''), end: () => '' },
    });
    articles += summary.articles;
    problems += summary.problems;
  }

  const context = { chalk: new Chalk({ level: colorOf(options) }), width: terminalWidth(), escapeFormulas: options.escapeFormulas ?? true };
  if (articles > 0 || problems === 0) {
    for (const chunk of view.render(view.build(tally), context)) await write(process.stdout, chunk);
  }
  process.exitCode = exitCode(articles, problems);
}

/** The format asked for, or table on a terminal and `piped` otherwise. */
export function formatOr<F extends string>(format: F | undefined, piped: NoInfer<F>): F | 'table' {
  return format ?? (stdoutIsTerminal ? 'table' : piped);
}
