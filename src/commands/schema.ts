import { Argument, type Command } from 'commander';

/** Each JSON output's schema, imported when asked for: other commands start faster without them. */
const SCHEMAS = {
  extract: async () => (await import('../schema.js')).outputSchema,
  speakers: async () => (await import('../corpus/schema.js')).speakersSchema,
  network: async () => (await import('../corpus/schema.js')).networkSchema,
  eval: async () => (await import('../eval/schema.js')).evalSchema,
};

export function registerSchema(program: Command): void {
  program.command('schema')
    .description('print the JSON Schema (draft 2020-12) of a command\'s JSON output (extract also covers entities and tokens)')
    .addArgument(new Argument('[output]', 'the command whose output it describes').choices(Object.keys(SCHEMAS)).default('extract'))
    .action(async (output: keyof typeof SCHEMAS) => {
      process.stdout.write(JSON.stringify(await SCHEMAS[output](), null, 2) + '\n');
    });
}
