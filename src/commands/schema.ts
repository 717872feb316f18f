import type { Command } from 'commander';
import { outputSchema } from '../schema.js';

export function registerSchema(program: Command): void {
  program.command('schema').description('print the JSON Schema (draft 2020-12) of the output').action(() => {
    process.stdout.write(JSON.stringify(outputSchema, null, 2) + '\n');
  });
}
