import type { Command } from 'commander';
import { addArticleOptions, runView, type ArticleOptions } from './articleCommand.js';
import { addFilterOptions } from './filterOptions.js';

export function registerExtract(program: Command): void {
  addFilterOptions(addArticleOptions(program.command('extract').description('statements and entities of each article (the main job)')))
    .option('--tokens', 'include every token in the output', false)
    .option('--with-text', 'include each article\'s text, so that `show` and `--format html` can draw the output again', false)
    .action((inputs: string[], options: ArticleOptions, command: Command) => runView('extract', inputs, options, command));
}
