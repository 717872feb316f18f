import Ajv2020 from 'ajv/dist/2020.js';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli, json, ROOT } from '../helpers/cli.js';

const SEED = 'seeds/xinhua-2023-04-13-qin-lavrov.txt';
const ARTICLES = [
  'Anna Berg said the plan would work. "We will see," she added.\n',
  'Officials in Lisbon said on Monday that the bridge, which opened in 1966, would close.\n',
  'No one said anything.\n',
];
const JSONL = ARTICLES.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n');

describe('output formats', () => {
  it('json: one object with schemaVersion 1 and the articles, valid against `statements schema`', () => {
    const schema = JSON.parse(cli(['schema']).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = new Ajv2020.default({ allErrors: true }).compile(schema);
    const gold = ['korea', 'warhol', 'iodine'].map((id) => `test/gold/gum-news/texts/${id}.txt`);
    for (const output of [json(['extract', SEED, ...gold]), json(['extract', '--tokens', '-'], JSONL), json(['entities', SEED]), json(['tokens', SEED])]) {
      expect(validate(output), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('jsonl: one article per line, each the same as in json', () => {
    const lines = cli(['extract', '--format', 'jsonl', '-'], JSONL).stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l))).toEqual(json(['extract', '-'], JSONL).articles);
  });

  it('csv: a header and one row per statement, each with the article id', () => {
    const articles = json(['extract', SEED]).articles;
    const rows = parse(cli(['extract', '--format', 'csv', SEED]).stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(articles[0].statements.length);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      const statement = articles[0].statements[i];
      expect(row.article).toBe(articles[0].id);
      expect(row.content).toBe(statement.content.text);
      expect(Number(row.content_start)).toBe(statement.content.start);
      expect(row.speaker).toBe(statement.speaker.name ?? '');
    });
  });

  it('csv and tsv: a cell a spreadsheet would run as a formula is made text with a quote, unless --no-escape-formulas', () => {
    const record = JSON.stringify({ id: '=HYPERLINK("http://example.invalid","x")', text: '"-1 is the figure," Ann Veld said. "@once," Tom Ray said.' });
    const rows = (args: string[]) => parse(cli(['extract', '--input-format', 'jsonl', ...args, '-'], record).stdout, { columns: true, delimiter: args.includes('tsv') ? '\t' : ',', quote: args.includes('tsv') ? false : '"' }) as Record<string, string>[];
    const csv = rows(['--format', 'csv']);
    expect(csv.map((r) => [r.article, r.content])).toEqual([
      ['\'=HYPERLINK("http://example.invalid","x")', "'-1 is the figure,"],
      ['\'=HYPERLINK("http://example.invalid","x")', "'@once,"],
    ]);
    expect(rows(['--format', 'tsv']).map((r) => r.content)).toEqual(["'-1 is the figure,", "'@once,"]);
    const raw = rows(['--format', 'csv', '--no-escape-formulas']);
    expect(raw.map((r) => [r.article, r.content])).toEqual([['=HYPERLINK("http://example.invalid","x")', '-1 is the figure,'], ['=HYPERLINK("http://example.invalid","x")', '@once,']]);
    // Offsets stay numbers, and cells that start otherwise are unchanged.
    expect(csv[0].content_start).toBe(raw[0].content_start);
  });

  it('csv for entities: one row per entity', () => {
    const articles = json(['entities', SEED]).articles;
    const rows = parse(cli(['entities', '--format', 'csv', SEED]).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(articles[0].entities.map((e) => e.name));
  });

  it('tsv: tab-separated, one line per token, no tab or newline inside a field', () => {
    const tokens = json(['tokens', '-'], 'One line.\r\nTwo\tlines.\n').articles[0].tokens ?? [];
    const lines = cli(['tokens', '--format', 'tsv', '-'], 'One line.\r\nTwo\tlines.\n').stdout.split('\n').filter(Boolean);
    expect(lines[0].split('\t')).toEqual(['article', 'token', 'text', 'pos', 'lemma', 'start', 'end', 'sentence']);
    expect(lines).toHaveLength(tokens.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(8);
  });

  it('table: a header line per article (id, publisher, date, dateline, counts) and the statements', () => {
    const text = 'From Daily Example Press, March 2, 2022. Complete text:\n\nPorto, Portugal\u00a0– The harbour will reopen in May, Mayor Rui Costa said on Tuesday.\n';
    const { stdout } = cli(['extract', '--format', 'table', '-'], text, { COLUMNS: '100' });
    const [header] = stdout.split('\n');
    const article = json(['extract', '-'], text).articles[0];
    expect(header).toBe(`stdin · Daily Example Press · 2022-03-02 · Porto, Portugal · ${article.statements.length} statements, ${article.entities.length} entities`);
    expect(stdout).toMatch(/│ # +│ speaker +│ cue +│ kind +│ statement +│/);
    for (const line of stdout.split('\n').filter((l) => /^[┌│├└]/.test(l))) expect([...line].length).toBeLessThanOrEqual(100);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('tokens: every token with text, POS, lemma, sentence and offsets that slice the text', () => {
    const text = 'Dr. Ada Obi spoke.  Then she left.\n';
    const tokens = json(['tokens', '-'], text).articles[0].tokens ?? [];
    expect(tokens.map((t) => t.text)).toEqual(['Dr.', 'Ada', 'Obi', 'spoke', '.', 'Then', 'she', 'left', '.', '\n']);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(tokens[3]).toMatchObject({ pos: 'VERB', lemma: 'speak' });
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('terminal behaviour', () => {
  // A terminal as a user has one: only PATH and HOME come from the test's environment, so that a
  // CI runner's own variables (CI, FORCE_COLOR, an unset TERM) do not decide the colour.
  const onTerminal = (command: string, env: Record<string, string> = {}) =>
    spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm', COLUMNS: '80', ...env },
    });

  it('defaults to a table on a terminal, in colour unless NO_COLOR, --no-color or TERM=dumb', () => {
    const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (probe.error) {
      console.log('`script` (util-linux) not found: terminal tests skipped');
      return;
    }
    const coloured = onTerminal(`node bin/statements.js extract ${SEED}`);
    expect(coloured.stdout).toMatch(/┌/);
    expect(coloured.stdout).toMatch(/\x1b\[/);
    for (const [command, env] of [
      [`node bin/statements.js extract ${SEED}`, { NO_COLOR: '1' }],
      [`node bin/statements.js extract --no-color ${SEED}`, {}],
      [`node bin/statements.js extract ${SEED}`, { TERM: 'dumb' }],
    ] as const) {
      const plain = onTerminal(command, env);
      expect(plain.stdout).toMatch(/┌/);
      expect(plain.stdout).not.toMatch(/\x1b\[/);
    }
  });

  it('takes the colour depth from the terminal, and --color, FORCE_COLOR and an empty NO_COLOR as no-color.org says', () => {
    if (spawnSync('script', ['--version'], { encoding: 'utf8' }).error) return;
    const show = `node bin/statements.js show ${SEED}`;
    const codes = (stdout: string) => new Set(stdout.match(/\x1b\[[0-9;]*m/g) ?? []);
    const has = (stdout: string, pattern: RegExp) => [...codes(stdout)].some((code) => pattern.test(code));
    const vt100 = onTerminal(show, { TERM: 'vt100', COLORTERM: '' }).stdout;
    expect(codes(vt100).size).toBeGreaterThan(0);
    expect(has(vt100, /\[38;[25];/)).toBe(false);
    expect(has(onTerminal(show, { TERM: 'xterm-256color', COLORTERM: '' }).stdout, /\[38;5;/)).toBe(true);
    expect(has(onTerminal(show, { TERM: 'xterm-256color', COLORTERM: 'truecolor' }).stdout, /\[38;2;/)).toBe(true);
    expect(codes(onTerminal(show, { TERM: 'xterm', NO_COLOR: '' }).stdout).size).toBeGreaterThan(0);
    expect(codes(onTerminal(`${show} --color never`, { TERM: 'xterm' }).stdout).size).toBe(0);
    expect(codes(onTerminal(show, { TERM: 'xterm', FORCE_COLOR: '0' }).stdout).size).toBe(0);
  });

  it('colours a pipe with --color=always or FORCE_COLOR, and refuses another --color', () => {
    expect(cli(['show', '--color=always', SEED]).stdout).toMatch(/\x1b\[/);
    expect(cli(['show', SEED], undefined, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).toMatch(/\x1b\[/);
    expect(cli(['show', SEED], undefined, { NO_COLOR: undefined }).stdout).not.toMatch(/\x1b\[/);
    const bad = cli(['show', '--color', 'sometimes', SEED]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("statements: option '--color <when>' argument 'sometimes' is invalid. Allowed choices are always, never, auto. (see statements show --help)\n");
  });

  it('defaults to json when piped, without colour', () => {
    const result = cli(['extract', SEED], undefined, { NO_COLOR: undefined });
    expect(JSON.parse(result.stdout).schemaVersion).toBe(1);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  it('ends quietly when the reader closes the pipe early (| head)', () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `n${i}`, text: ARTICLES[0].repeat(20) })).join('\n');
    const result = spawnSync('bash', ['-c', 'node bin/statements.js extract --format jsonl --input-format jsonl - | head -c 100 > /dev/null; echo "status ${PIPESTATUS[0]}"'], {
      cwd: ROOT, input: lines, encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('status 0');
  });
});
