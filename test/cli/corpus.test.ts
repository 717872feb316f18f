import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

/**
 * Three short articles in plain "X said Y." sentences. A reader writes down: Ana Vale speaks in all
 * three (as "Vale" in one, as "Foreign Minister Ana Vale" in another), from 2024-01-15 to
 * 2024-05-20, twice about Kestrel Bank and once about the Borland Council; Tomas Brenner speaks once,
 * about Ana Vale; Kestrel Bank speaks once.
 */
const NEWS = 'test/fixtures/corpus/news.jsonl';

function run(args: string[], input?: string) {
  const env = { ...process.env, NO_COLOR: '1', COLUMNS: '160' };
  const result = spawnSync('node', ['bin/statements.js', ...args], { input, encoding: 'utf8', env });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

const dir = mkdtempSync(join(tmpdir(), 'statements-cli-corpus-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

interface SpeakerJson { name: string; statements: number; articles: number; firstDate: string; lastDate: string; titles: { value: string }[]; about: { name: string; count: number }[] }
const speakersOf = (stdout: string): SpeakerJson[] => JSON.parse(stdout).speakers;

describe('statements speakers', () => {
  const result = run(['speakers', NEWS, '--format', 'json']);
  const speakers = speakersOf(result.stdout);

  it('finds each speaker once, however the articles name them', () => {
    expect(result.code).toBe(0);
    expect(speakers.map((s) => [s.name, s.statements, s.articles])).toEqual([['Ana Vale', 3, 3], ['Kestrel Bank', 1, 1], ['Tomas Brenner', 1, 1]]);
  });

  it('gives dates, titles and whom each one talks about', () => {
    expect(speakers[0]).toMatchObject({ firstDate: '2024-01-15', lastDate: '2024-05-20', titles: [{ value: 'Foreign Minister', count: 1 }] });
    expect(speakers[0].about).toEqual([
      { key: 'kestrel bank', name: 'Kestrel Bank', type: 'organization', count: 2 },
      { key: 'borland council', name: 'Borland Council', type: 'organization', count: 1 },
    ]);
    expect(speakers[2].about.map((a) => a.name)).toEqual(['Ana Vale']);
  });

  it('gives the same answer from extracted output, as a file or on stdin', () => {
    const extracted = run(['extract', NEWS, '--format', 'jsonl']).stdout;
    const path = write('extracted.jsonl', extracted);
    expect(speakersOf(run(['speakers', path, '--format', 'json']).stdout)).toEqual(speakers);
    expect(speakersOf(run(['speakers', '--format', 'json'], extracted).stdout)).toEqual(speakers);
    const json = write('extracted.json', run(['extract', NEWS, '--format', 'json']).stdout);
    expect(speakersOf(run(['speakers', json, '--format', 'json']).stdout)).toEqual(speakers);
  });

  it('shows a table with each speaker, their dates and whom they talk about', () => {
    const table = run(['speakers', NEWS, '--format', 'table']).stdout;
    expect(table).toMatch(/Ana Vale/);
    expect(table).toMatch(/2024-01-15 – 2024-05-20/);
    expect(table).toMatch(/Kestrel Bank \(2\)/);
    expect(table).toMatch(/3 speakers · 5 statements \(0 without a speaker\) · 3 articles/);
    expect(table).not.toMatch(/\u001b\[/);
  });

  it('writes CSV with one row per speaker', () => {
    const rows = run(['speakers', NEWS, '--format', 'csv']).stdout.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^Ana Vale,ana vale,person,3,3,0,3,0,2024-01-15,2024-05-20,/);
  });

  it('merges names through an alias file', () => {
    const more = write('more.jsonl', '{"id": "n4", "date": "2024-06-02", "text": "Anna Wale said Kestrel Bank had paid."}\n');
    expect(speakersOf(run(['speakers', NEWS, more, '--format', 'json']).stdout).map((s) => s.name)).toContain('Anna Wale');
    const aliases = write('aliases.csv', 'name,canonical\nAnna Wale,Ana Vale\n');
    const merged = speakersOf(run(['speakers', NEWS, more, '--aliases', aliases, '--format', 'json']).stdout);
    expect(merged.map((s) => s.name)).not.toContain('Anna Wale');
    expect(merged[0]).toMatchObject({ name: 'Ana Vale', statements: 4, articles: 4, lastDate: '2024-06-02' });
  });

  it('reports a bad alias file and a missing input', () => {
    const bad = run(['speakers', NEWS, '--aliases', join(dir, 'nope.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^statements: cannot read the alias file/);
    const missing = run(['speakers', NEWS, join(dir, 'nope.jsonl'), '--format', 'json']);
    expect(missing.code).toBe(1);
    expect(speakersOf(missing.stdout)).toHaveLength(3);
  });
});

describe('statements network', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _p, _l, isAttribute) => !isAttribute && ['node', 'edge', 'data'].includes(name) });

  it('writes GraphML that an XML parser reads, with the speakers, entities and edges', () => {
    const result = run(['network', NEWS, '--format', 'graphml']);
    expect(result.code).toBe(0);
    const graph = parser.parse(result.stdout).graphml.graph;
    expect(graph.node.map((n: { id: string }) => n.id).sort()).toEqual(['ana vale', 'borland council', 'kestrel bank', 'tomas brenner']);
    const weight = (e: { data: { key: string; '#text': number }[] }) => e.data.find((d) => d.key === 'weight')?.['#text'];
    expect(graph.edge.map((e: { source: string; target: string; data: { key: string; '#text': number }[] }) => `${e.source} -> ${e.target} ${weight(e)}`).sort()).toEqual([
      'ana vale -> borland council 1', 'ana vale -> kestrel bank 2', 'tomas brenner -> ana vale 1',
    ]);
  });

  it('writes GEXF for Gephi with the same edges', () => {
    const graph = parser.parse(run(['network', NEWS, '--format', 'gexf']).stdout).gexf.graph;
    expect(graph.edges.edge.map((e: { source: string; target: string; weight: number }) => `${e.source} -> ${e.target} ${e.weight}`).sort()).toEqual([
      'ana vale -> borland council 1', 'ana vale -> kestrel bank 2', 'tomas brenner -> ana vale 1',
    ]);
  });

  it('narrows to one speaker with --speaker, and lists nodes with --nodes', () => {
    const rows = run(['network', NEWS, '--format', 'csv', '--speaker', 'Brenner']).stdout.trim().split('\r\n');
    expect(rows.slice(1)).toEqual(['tomas brenner,ana vale,1,Tomas Brenner,person,Ana Vale,person,,n1']);
    const nodes = run(['network', NEWS, '--format', 'csv', '--nodes']).stdout.trim().split('\r\n');
    expect(nodes[0]).toBe('id,label,type,affiliation,statements,mentions,articles');
    expect(nodes).toContain('ana vale,Ana Vale,person,,3,4,3');
  });
});

describe('statements extract filters', () => {
  const statementsOf = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .map((a: { id: string; statements: { speaker: { name: string } }[] }) => [a.id, a.statements.map((s) => s.speaker.name)]);

  it('--speaker keeps that speaker\'s statements, in the articles that have them', () => {
    expect(statementsOf(run(['extract', NEWS, '--format', 'jsonl', '--speaker', 'vale']).stdout))
      .toEqual([['n1', ['Ana Vale']], ['n2', ['Vale']], ['n3', ['Ana Vale']]]);
    expect(statementsOf(run(['extract', NEWS, '--format', 'jsonl', '--speaker', 'Ana Vale']).stdout))
      .toEqual([['n1', ['Ana Vale']], ['n2', ['Vale']], ['n3', ['Ana Vale']]]);
  });

  it('--about keeps statements naming an entity', () => {
    expect(statementsOf(run(['extract', NEWS, '--format', 'jsonl', '--about', 'Kestrel Bank']).stdout))
      .toEqual([['n2', ['Vale']], ['n3', ['Ana Vale']]]);
  });

  it('--type keeps entities of that type', () => {
    const articles = run(['extract', NEWS, '--format', 'jsonl', '--type', 'organization']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(articles.map((a: { entities: { name: string }[] }) => a.entities.map((e) => e.name))).toEqual([['Borland Council'], ['Kestrel Bank'], ['Kestrel Bank']]);
  });

  it('--kind rejects a kind that does not exist', () => {
    const result = run(['extract', NEWS, '--kind', 'quoted']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--kind expects direct, indirect, mixed/);
    expect(run(['extract', NEWS, '--format', 'jsonl', '--kind', 'direct']).stdout).toBe('');
  });
});
