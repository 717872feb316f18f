import type { Command } from 'commander';
import { addArticleOptions, runView, type ArticleOptions } from './articleCommand.js';

export function registerEntities(program: Command): void {
  addArticleOptions(program.command('entities').description('the named entities: type, aliases, titles, affiliation, mentions'))
    .action((inputs: string[], options: ArticleOptions, command: Command) => runView('entities', inputs, options, command));
}
