/**
 * `statements schema extract|speakers|network|eval`: each JSON output validates against its
 * schema, a broken one does not, and the schemas say field by field what the TypeScript types say.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const NEWS = 'test/fixtures/corpus/news.jsonl';
const SEED = 'seeds/xinhua-2023-04-13-qin-lavrov.txt';

function validator(name: string, def?: string) {
  const result = cli(['schema', name]);
  expect(result.status).toBe(0);
  const schema = JSON.parse(result.stdout);
  const ajv = new Ajv2020.default({ allErrors: true });
  ajv.addSchema(schema);
  const validate = ajv.getSchema(def ? `${schema.$id}#/$defs/${def}` : schema.$id)!;
  return (value: unknown) => (validate(value) ? 'valid' : JSON.stringify(validate.errors?.slice(0, 3)));
}

function output(args: string[]): string {
  const result = cli(args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('statements schema', () => {
  it('prints the schema of extract with no argument, and of each command asked for', () => {
    expect(JSON.parse(output(['schema'])).title).toBe('statements output');
    expect(JSON.parse(output(['schema', 'extract'])).title).toBe('statements output');
    for (const name of ['speakers', 'network', 'eval']) expect(JSON.parse(output(['schema', name])).title).toBe(`statements ${name}`);
  });

  it('refuses an output it has no schema for', () => {
    const result = cli(['schema', 'tables']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('extract, speakers, network, eval');
  });

  it('validates speakers JSON, and each speakers JSONL line against $defs/speaker', () => {
    const validate = validator('speakers');
    const speakers = JSON.parse(output(['speakers', NEWS, SEED, '-f', 'json']));
    expect(speakers.speakers.length).toBeGreaterThan(2);
    expect(validate(speakers)).toBe('valid');
    const line = validator('speakers', 'speaker');
    const lines = output(['speakers', NEWS, '-f', 'jsonl']).trim().split('\n');
    for (const text of lines) expect(line(JSON.parse(text))).toBe('valid');
    expect(validate({ ...speakers, speakers: [{ ...speakers.speakers[0], statements: '3' }] })).toContain('must be integer');
  });

  it('validates network JSON, with and without article ids and isolated entities', () => {
    const validate = validator('network');
    for (const extra of [[], ['--no-article-ids'], ['--all-entities']]) {
      const network = JSON.parse(output(['network', NEWS, SEED, '-f', 'json', ...extra]));
      expect(network.edges.length).toBeGreaterThan(0);
      expect(validate(network)).toBe('valid');
    }
    const network = JSON.parse(output(['network', NEWS, '-f', 'json']));
    const { label: _, ...unlabelled } = network.nodes[0];
    expect(validate({ ...network, nodes: [unlabelled] })).toContain("must have required property 'label'");
  });

  it('validates eval JSON, with the errors listed', () => {
    const validate = validator('eval');
    const report = JSON.parse(output(['eval', '--gold', 'test/gold/written', '--errors', '-f', 'json']));
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors.some((e: { nearest?: unknown }) => e.nearest)).toBe(true);
    expect(validate(report)).toBe('valid');
    expect(validate({ ...report, total: { ...report.total, statements: { ...report.total.statements, f1: 1.5 } } })).toContain('must be <= 1');
  });
});

describe('the schemas and the TypeScript types', () => {
  it('say the same, field by field (test/types/schemas.check.ts compiles, and its deliberate mismatches do not)', () => {
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'test/types/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
