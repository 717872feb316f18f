/**
 * Cold start: registering the commands must not load the model or the table library, so a run
 * pays only for what its command does (the pipeline loads when articles are analysed in this
 * thread; with workers, only they load it).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('loads neither wink-nlp, its model nor cli-table3 when the commands are registered', () => {
  const script = `
    import { createRequire } from 'node:module';
    const { COMMANDS } = await import('./dist/commands/index.js');
    const { Command } = await import('commander');
    const program = new Command();
    for (const register of COMMANDS) register(program);
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify({ commands: program.commands.length, heavy: loaded.filter((p) => /wink-nlp|wink-eng-lite|cli-table3/.test(p)) }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout) as { commands: number; heavy: string[] };
  expect(result.commands).toBeGreaterThanOrEqual(4);
  expect(result.heavy).toEqual([]);
});

it('does load them when the pipeline loads its engine (so the check above can fail)', () => {
  const script = `
    import { createRequire } from 'node:module';
    const { loadEngine } = await import('./dist/pipeline/index.js');
    loadEngine();
    console.log(Object.keys(createRequire(import.meta.url).cache).some((p) => /wink-nlp/.test(p)));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(run.stdout.trim()).toBe('true');
});
