import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  program.command('schema').description('print the JSON Schema (draft 2020-12) of the output').action(async () => {
    const { outputSchema } = await import('../schema.js'); // loaded here: other commands start faster without it
    process.stdout.write(JSON.stringify(outputSchema, null, 2) + '\n');
  });
}
