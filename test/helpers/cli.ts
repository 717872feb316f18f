import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/statements.js', import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs the built CLI as a user would, colour off, from the project root. */
export function cli(args: string[], input?: string | Buffer, env: Record<string, string | undefined> = {}): CliResult {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? '',
    env: merged as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** The parsed `--format json` output. */
export function json(args: string[], input?: string | Buffer): { schemaVersion: number; articles: Article[] } {
  const result = cli([...args, '--format', 'json'], input);
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
