/** `--model` and `statements train` as a user meets them when something is wrong. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'statements-models-'));

describe('--model', () => {
  it('names a missing file in one line, analyses nothing and exits 2', () => {
    const run = cli(['extract', 'seeds/', '--model', join(dir, 'none.model'), '-f', 'jsonl']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`statements: ${join(dir, 'none.model')}: cannot read the model file (ENOENT)\n`);
  });

  it('refuses a file that is not a model, in one line', () => {
    const path = join(dir, 'notes.model');
    writeFileSync(path, '{"weights": []}');
    const run = cli(['eval', '--gold', 'test/gold/seed', '--model', path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`statements: ${path}: expected a statements model file, found no "STMMODEL" at its start\n`);
  });
});

describe('statements train', () => {
  it('refuses a kind of model it does not know, listing the ones it does', () => {
    const run = cli(['train', 'sentiment', '--gold', 'test/gold', '--out', join(dir, 'x.model')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^statements: train: expected a kind of model \(.*\), found "sentiment"\n$/);
  });

  it.each(['speech', 'entities'])('names a missing --gold or --dev folder in one line and writes no model (%s)', (kind) => {
    const out = join(dir, `${kind}.model`);
    const gold = cli(['train', kind, '--gold', join(dir, 'no-gold'), '--out', out]);
    expect(gold.status).toBe(2);
    expect(gold.stderr).toBe(`statements: --gold: no such file or directory "${join(dir, 'no-gold')}"\n`);
    const dev = cli(['train', kind, '--gold', 'test/gold/seed', '--dev', join(dir, 'no-dev'), '--out', out]);
    expect(dev.status).toBe(2);
    expect(dev.stderr).toBe(`statements: --dev: no such file or directory "${join(dir, 'no-dev')}"\n`);
    expect(existsSync(out)).toBe(false);
  });
});
