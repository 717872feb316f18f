import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands/index.js';
import { exitQuietlyOnEpipe } from './output.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('statements')
  .description('Who said what, about whom: statements, speakers and named entities in news articles.')
  .version(version)
  .showHelpAfterError()
  .exitOverride();
for (const register of COMMANDS) register(program);

exitQuietlyOnEpipe(process.stdout);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.code === 'statements.usage') process.stderr.write(`statements: ${error.message}\n`);
    const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
    process.exitCode = done ? 0 : 2;
  } else {
    process.stderr.write(`statements: ${(error as Error).message}\n`);
    if (process.argv.includes('--debug')) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 2;
  }
}
