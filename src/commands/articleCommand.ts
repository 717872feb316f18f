import type { ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import type { InputFormat } from '../io/readInputs.js';
import { exitCode } from '../exitCode.js';
import { ARTICLE_TIMEOUT, PARALLEL_MIN_BYTES } from '../parallel/plan.js';
import { Progress } from '../progress.js';
import { FORMATS, type Format, type View } from '../render/index.js';
import { runArticles } from '../run.js';
import type { Problem } from '../types.js';
import { COLOR_MODES, colorLevel, type ColorLevel, type ColorMode } from './colorLevel.js';
import { filterOf, type FilterOptions } from './filterOptions.js';

/** The options every command that reads articles shares. */
export interface ArticleOptions extends FilterOptions {
  format?: Format;
  inputFormat: InputFormat;
  textField: string;
  idField: string;
  maxChars: number;
  /** `--color WHEN`, or false for `--no-color`. */
  color?: ColorMode | boolean;
  debug: boolean;
  quiet: boolean;
  jobs: number;
  articleTimeout: number;
  /** Only where the command writes CSV or TSV. */
  escapeFormulas?: boolean;
  tokens?: boolean;
  /** `--model FILE`, once per model. */
  model: string[];
  /** `--beliefs`: also beliefs, intentions and perceptions, marked `speech: false`. */
  beliefs?: boolean;
  withText?: boolean;
}

export const stdoutIsTerminal = Boolean(process.stdout.isTTY);

/** The colour level for standard output (see colorLevel). */
export function colorOf(options: { color?: ColorMode | boolean }): ColorLevel {
  return colorLevel(options.color, process.env, process.stdout);
}

export function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 100;
}

export function reportProblem(problem: Problem, error: unknown, debug: boolean): void {
  process.stderr.write(`statements: ${problem.source}: ${problem.message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
}

export function positiveNumber(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new CommanderError(2, 'statements.usage', `${name} expects a positive number, found "${value}"`);
    return n;
  };
}

export function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new CommanderError(2, 'statements.usage', `${name} expects a positive integer, found "${value}"`);
    return n;
  };
}

/** Adds INPUT... and the input, output and diagnostics options to a command. */
export function addArticleOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  command.argument('[inputs...]', 'files, directories (walked for .txt, .md, .jsonl, gzipped or not) or - for standard input');
  // A command with a single way of showing its result (`show`) passes no formats and has no --format.
  if (formats.length > 0) {
    command.addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(formats));
  }
  if (formats.includes('csv') || formats.includes('tsv')) {
    command.option('--no-escape-formulas', "CSV/TSV: leave cells starting with = + - @ as they are (by default a ' makes them text for spreadsheets)");
  }
  return command
    .addOption(new Option('--input-format <format>', 'how to read inputs: by extension, or all as text or JSONL').choices(['auto', 'text', 'jsonl']).default('auto'))
    .option('--text-field <name>', 'JSONL field holding the article text', 'text')
    .option('--id-field <name>', 'JSONL field holding the article id', 'id')
    .option('--max-chars <n>', 'skip (and report) articles longer than this many characters', positiveInteger('--max-chars'), 10_000_000)
    .addOption(
      new Option('-j, --jobs <n>', `worker threads, each loading the model once; under ${PARALLEL_MIN_BYTES / 1024} KB of files runs in the main thread`)
        .argParser(positiveInteger('--jobs'))
        .default(availableParallelism(), `the number of cores, ${availableParallelism()} here`),
    )
    .option('--article-timeout <seconds>', `stop and report an article whose analysis takes longer (inputs over ${PARALLEL_MIN_BYTES / 1024} KB)`, positiveNumber('--article-timeout'), ARTICLE_TIMEOUT)
    .option('--model <file>', 'a trained model file (from `statements train`) in place of the shipped model of its kind; once per model', collect, [])
    .option('--beliefs', 'also report beliefs, intentions and perceptions ("believes", "wants"), each marked "speech": false', false)
    .addOption(new Option('--color <when>', 'colour: always, never, or auto (a terminal only; FORCE_COLOR and NO_COLOR count)').choices(COLOR_MODES))
    .option('--no-color', 'no colour, even on a terminal (--color never)')
    .option('-q, --quiet', 'no progress or warnings on stderr', false)
    .option('--debug', 'show stack traces of internal errors', false);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Reads the `--model` files once here, so that a wrong path is one usage error (exit 2) before any
 * article is read, not a failure of every article. Returns false after reporting.
 */
export async function checkModels(paths: string[]): Promise<boolean> {
  if (paths.length === 0) return true;
  const { modelSet } = await import('../model/modelSet.js');
  try {
    modelSet(paths);
    return true;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return false;
  }
}

/** INPUT... as given; none on a terminal is a usage error (help, exit 2), none with a pipe means stdin. */
export function inputsOrStdin(inputs: string[], command: Command): string[] | null {
  if (inputs.length > 0) return inputs;
  if (process.stdin.isTTY) {
    process.stderr.write(command.helpInformation());
    process.exitCode = 2;
    return null;
  }
  return ['-'];
}

/** Only tables colour: chalk is loaded for them alone, which keeps start-up short for the data formats. */
async function chalkFor(level: ColorLevel): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}

/** Runs the pipeline over the inputs and renders one view of each article. */
export async function runView(view: View, inputs: string[], options: ArticleOptions, command: Command): Promise<void> {
  const paths = inputsOrStdin(inputs, command);
  if (!paths || !(await checkModels(options.model))) return;
  const color = colorOf(options);
  const format = options.format ?? (stdoutIsTerminal ? 'table' : 'json');
  // A person watching a terminal while the output goes to a file or a pipe; output on the terminal shows its own progress.
  const progress = new Progress({ enabled: Boolean(process.stderr.isTTY) && !stdoutIsTerminal && !options.quiet, write: (text) => process.stderr.write(text) });
  const summary = await runArticles(paths, {
    ...options,
    format,
    view,
    tokens: options.tokens ?? false,
    models: options.model,
    beliefs: options.beliefs ?? false,
    context: { chalk: format === 'table' ? await chalkFor(color) : undefined, width: terminalWidth(), escapeFormulas: options.escapeFormulas ?? true },
    stdin: process.stdin,
    stdout: process.stdout,
    onProblem: (problem, error) => {
      progress.clear();
      reportProblem(problem, error, options.debug);
    },
    onWarning: (problem) => {
      if (options.quiet) return;
      progress.clear();
      reportProblem(problem, undefined, false);
    },
    onProgress: (done, total) => progress.update(done, total),
    filter: filterOf(options),
  });
  progress.clear();
  if (options.debug) process.stderr.write(`statements: ${summary.workers ? `${summary.workers} worker thread${summary.workers === 1 ? '' : 's'}` : 'no worker threads (main thread)'}\n`);
  process.exitCode = exitCode(summary.articles, summary.problems);
}
