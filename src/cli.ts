import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands/index.js';
import { exitQuietlyOnEpipe } from './output.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('statements')
  .description('Who said what, about whom: statements, speakers and named entities in news articles.')
  .version(version)
  .exitOverride();
for (const register of COMMANDS) register(program);
oneLineErrors(program, 'statements');

/** A usage error is one line that says where to read more, not the whole help after it. */
function oneLineErrors(command: Command, name: string): void {
  command.configureOutput({ outputError: (message, write) => write(`statements: ${message.trim().replace(/^error: /, '')} (see ${name} --help)\n`) });
  for (const sub of command.commands) oneLineErrors(sub, `${name} ${sub.name()}`);
}

/** `statements extract --help`, or `statements --help` when no command was named. */
function helpFor(argv: string[]): string {
  const named = program.commands.find((c) => argv.includes(c.name()));
  return named ? `statements ${named.name()} --help` : 'statements --help';
}

exitQuietlyOnEpipe(process.stdout);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.code === 'statements.usage') process.stderr.write(`statements: ${error.message} (see ${helpFor(process.argv.slice(2))})\n`);
    const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
    process.exitCode = done ? 0 : 2;
  } else {
    process.stderr.write(`statements: ${(error as Error).message}\n`);
    if (process.argv.includes('--debug')) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 2;
  }
}
