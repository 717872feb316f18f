// Runs measured child processes: throughput in a fresh process, the CLI end to end, cold starts.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;

export function throughput(mode, corpus) {
  const run = spawnSync(process.execPath, [join(here, 'throughput.js'), mode, corpus], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${mode} failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout);
  return { ...result, tokensPerSecond: result.tokens / result.seconds };
}

function throughputChild(mode, corpus) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, 'throughput.js'), mode, corpus], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${mode} exited ${code}`))));
  });
}

/**
 * What this machine gives two threads at once: readDoc alone in one process, then in two at the
 * same time. Two free cores give 2; shared or busy cores less. --jobs 2 cannot beat this.
 */
export async function parallelCeiling(corpus) {
  const timed = async (count) => {
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: count }, () => throughputChild('readDoc', corpus)));
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const one = await timed(1);
  const two = await timed(2);
  return { oneSeconds: one, twoSeconds: two, ceiling: (2 * one) / two };
}

/** The CLI over the corpus as a user runs it: wall time, a hash of its output, its peak RSS and CPU time. */
export function runCli(root, args, scratch) {
  const usageFile = join(scratch, 'usage.json');
  rmSync(usageFile, { force: true });
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', join(here, 'usage-preload.js'), join(root, 'bin/statements.js'), ...args], {
      env: { ...process.env, STATEMENTS_BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.on('data', (chunk) => hash.update(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`statements ${args.join(' ')} exited ${code}: ${stderr}`));
      resolve({ seconds, sha256: hash.digest('hex'), ...JSON.parse(readFileSync(usageFile, 'utf8')) });
    });
  });
}

function wallSeconds(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `statements extract FILE` against node loading the model and reading FILE, taken in turns; medians. */
export function coldStart(root, file, runs) {
  const cli = [];
  const bare = [];
  wallSeconds([join(here, 'bare-model.cjs'), file]); // let the disk cache hold both before timing
  wallSeconds([join(root, 'bin/statements.js'), 'extract', file]);
  for (let i = 0; i < runs; i++) {
    bare.push(wallSeconds([join(here, 'bare-model.cjs'), file]));
    cli.push(wallSeconds([join(root, 'bin/statements.js'), 'extract', file]));
  }
  return { cliSeconds: median(cli), bareSeconds: median(bare), runs };
}
