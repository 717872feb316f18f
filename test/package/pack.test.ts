/**
 * The package as a user gets it: `npm pack`, installed into an empty folder, then the command,
 * an ESM script and a type-checked TypeScript file run there against the installed package.
 *
 * No network: the dependencies the lock file marks as runtime ones are copied from this
 * project's node_modules into the folder first, and `npm install --offline` (with an empty
 * cache) must find everything else in the tarball. npm prunes what the tarball does not ask
 * for, and fails on anything it asks for that is not there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
const SEED = join(ROOT, 'seeds/xinhua-2023-04-13-qin-lavrov.txt');
const work = mkdtempSync(join(tmpdir(), 'statements-pack-'));
const app = join(work, 'app');

/** npm as a user runs it: without the npm_* settings that `npm test` passes down to the tests. */
function npm(args: string[], cwd: string): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** The lock file's runtime dependencies (nested copies included) that this project has installed. */
function runtimeDependencies(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev && existsSync(join(ROOT, path))).map(([path]) => path);
}

function placeRuntimeDependencies(): void {
  for (const path of runtimeDependencies()) {
    // A nested node_modules is a lock entry of its own, copied on its own.
    cpSync(join(ROOT, path), join(app, path), { recursive: true, filter: (source) => !source.slice(join(ROOT, path).length).includes('node_modules') });
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`the package ${pkg.name}, packed and installed`, () => {
  // --ignore-scripts: `npm test` has just built dist/, and a rebuild would pull it from under the other test files.
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
  const files = packed.files.map((f) => f.path);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'reader', private: true, type: 'module' }));
  placeRuntimeDependencies();
  npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(work, 'empty-cache'), join(work, packed.filename)], app);

  it('holds the licence, citation, readme, changelog, build and data files, and nothing of the tests or corpora', () => {
    for (const file of ['LICENSE', 'CITATION.cff', 'README.md', 'CHANGELOG.md', 'package.json', 'bin/statements.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'dist/parallel/worker.js']) {
      expect(files).toContain(file);
    }
    for (const data of readdirSync(join(ROOT, 'src/data'))) expect(files).toContain(`dist/data/${data}`);
    const models = readdirSync(join(ROOT, 'models')).filter((f) => f.endsWith('.model'));
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) expect(files).toContain(`models/${model}`);
    expect(files.filter((f) => !/^(bin|dist|models)\//.test(f)).sort()).toEqual(['CHANGELOG.md', 'CITATION.cff', 'LICENSE', 'README.md', 'package.json']);
    expect(files.filter((f) => /(^|\/)(test|\.data|gold|src|seeds|scripts)\//.test(f))).toEqual([]);
  });

  it('asks for exactly the runtime dependencies of the lock file: npm kept each one and needed no other', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const expected = [...runtimeDependencies(), `node_modules/${pkg.name}`];
    expect(expected.length).toBeGreaterThan(5);
    expect(Object.keys(installed.packages).sort()).toEqual(expected.sort());
  });

  it('runs the command `statements` on the seed: its 14 statements', () => {
    expect(Object.keys(pkg.bin)).toEqual(['statements']);
    const version = run(join(app, 'node_modules/.bin/statements'), ['--version']);
    expect(version.stdout.trim()).toBe(pkg.version);
    const result = run(join(app, 'node_modules/.bin/statements'), ['extract', SEED, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).articles[0].statements).toHaveLength(14);
  });

  it('is imported by an ESM script', () => {
    writeFileSync(join(app, 'count.mjs'), `
      import { readFileSync } from 'node:fs';
      import { createAnalyzer, outputSchema, SCHEMA_VERSION } from '${pkg.name}';
      const analyzer = await createAnalyzer();
      const article = analyzer.analyze({ id: 'seed', text: readFileSync(process.argv[2], 'utf8') });
      const names = [];
      for await (const a of analyzer.analyzeAll([{ id: 'a', text: 'Mara Quill said the dam would hold.' }], { jobs: 2 })) names.push(a.statements[0].speaker.name);
      console.log(JSON.stringify({ statements: article.statements.length, names, schema: outputSchema.properties.schemaVersion.const === SCHEMA_VERSION }));
    `);
    const result = run(process.execPath, ['count.mjs', SEED]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ statements: 14, names: ['Mara Quill'], schema: true });
  });

  it('type-checks a TypeScript file against the installed types (tsc --noEmit)', () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: [] },
      files: ['use.ts'],
    }));
    writeFileSync(join(app, 'use.ts'), `
      import { createAnalyzer, type Article, type SpeakersDocument, type Statement, StatementsError } from '${pkg.name}';
      const analyzer = await createAnalyzer({ tokens: true });
      const article: Article = analyzer.analyze({ id: 'a', text: 'Mara Quill said the dam would hold.', meta: { outlet: 'Post' } });
      const speakers: (string | null)[] = article.statements.map((s: Statement) => s.speaker.name);
      for await (const each of analyzer.analyzeAll([{ id: 'b', text: '...' }], { jobs: 2, onProblem: (p) => console.error(p.message) })) each.entities.map((e) => e.type);
      const report = null as unknown as SpeakersDocument;
      const firstDate: string | null = report.speakers[0].firstDate;
      // @ts-expect-error an article needs an id
      analyzer.analyze({ text: 'no id' });
      // @ts-expect-error a statement kind is one of three
      const kind: Statement['kind'] = 'summary';
      export { speakers, firstDate, kind, StatementsError };
    `);
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
