import type { Command } from 'commander';
import { addArticleOptions, runView, type ArticleOptions } from './articleCommand.js';

export function registerTokens(program: Command): void {
  addArticleOptions(program.command('tokens').description('the tokens: text, part of speech, lemma, offsets, sentence'))
    .action((inputs: string[], options: ArticleOptions, command: Command) => runView('tokens', inputs, options, command));
}
