import type { Command } from 'commander';
import { FORMATS } from '../render/index.js';
import { addArticleOptions, runView, type ArticleOptions } from './articleCommand.js';

export function registerTokens(program: Command): void {
  // The HTML report marks statements and entities on the text; it has no view of tokens.
  addArticleOptions(program.command('tokens').description('the tokens: text, part of speech, lemma, offsets, sentence'), FORMATS.filter((f) => f !== 'html'))
    .action((inputs: string[], options: ArticleOptions, command: Command) => runView('tokens', inputs, options, command));
}
