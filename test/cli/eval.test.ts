import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalReport } from '../../src/eval/report.js';
import { cli, ROOT } from '../helpers/cli.js';

// The seed corpus's one article, by whatever name it has.
const SEED_ID = readdirSync(join(ROOT, 'test/gold/seed/texts'))[0].replace(/\.txt$/, '');
const SEED_TEXT = `test/gold/seed/texts/${SEED_ID}.txt`;

function evalJson(args: string[]): EvalReport {
  const result = cli(['eval', ...args, '--format', 'json']);
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as EvalReport;
}

/** A one-article corpus of our own: the text, its gold, and a broken gold file beside it. */
function tinyCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'statements-eval-'));
  const corpus = join(root, 'mine');
  mkdirSync(join(corpus, 'gold'), { recursive: true });
  mkdirSync(join(corpus, 'texts'));
  const text = 'Mara Quill said the dam would hold.\n';
  writeFileSync(join(corpus, 'texts', 'dam.txt'), text);
  const gold = {
    id: 'dam', file: 'texts/dam.txt',
    statements: [{ speaker: 'Mara Quill', speakerType: 'person', sourceText: 'Mara Quill', sourceStart: 0, sourceEnd: 10, cue: 'said', kind: 'indirect', content: 'the dam would hold', start: 16, end: 34 }],
    entities: [{ name: 'Mara Quill', type: 'person', aliases: [] }],
  };
  writeFileSync(join(corpus, 'gold', 'dam.gold.json'), JSON.stringify(gold));
  writeFileSync(join(corpus, 'gold', 'broken.gold.json'), '{"file": ');
  return root;
}

describe('statements eval', () => {
  it('scores every gold corpus and the total as JSON', () => {
    const report = evalJson(['--gold', 'test/gold']);
    expect(report.evalVersion).toBe(1);
    expect(report.thresholds).toEqual({ match: 0.5, strict: 0.8 });
    expect(report.corpora.map((c) => [c.corpus, c.articles])).toEqual([['gum-news', 24], ['seed', 1], ['written', 8], ['written-b', 10]]);
    // Gold counts from test/gold/README.md.
    expect(report.total).toMatchObject({ corpus: 'total', articles: 43, statements: { gold: 563 }, entities: { micro: { gold: 870 } } });
    for (const corpus of [...report.corpora, report.total]) {
      const s = corpus.statements;
      expect(Object.keys(s.byKind).every((k) => ['direct', 'mixed', 'indirect'].includes(k))).toBe(true);
      expect(Object.keys(s.bySpeakerType).every((k) => ['person', 'organization', 'group', 'anonymous'].includes(k))).toBe(true);
      expect(Object.keys(corpus.entities.byType).every((k) => ['person', 'organization', 'place', 'initiative'].includes(k))).toBe(true);
      for (const value of [s.precision, s.recall, s.f1, s.strict.f1, s.endToEnd.f1, s.speaker.accuracy, corpus.entities.micro.f1]) {
        expect(value === null || (value >= 0 && value <= 1)).toBe(true);
      }
      expect(s.strict.matched).toBeLessThanOrEqual(s.matched);
      expect(s.endToEnd.correct).toBeLessThanOrEqual(s.speaker.lenient);
    }
    expect(report.articles).toHaveLength(43);
    expect(report.errors).toBeUndefined();
  });

  it('lists every miss and false positive with --errors, and they add up with the counts', () => {
    const report = evalJson(['--gold', 'test/gold/seed', '--errors']);
    const s = report.total.statements;
    const count = (layer: string, error: string) => (report.errors ?? []).filter((e) => e.layer === layer && e.error === error).length;
    expect(count('statement', 'missed')).toBe(s.gold - s.matched);
    expect(count('statement', 'false-positive')).toBe(s.predicted - s.matched);
    expect(count('statement', 'wrong-speaker')).toBe(s.matched - s.speaker.exact);
    const e = report.total.entities.micro;
    expect(count('entity', 'missed')).toBe(e.gold - e.matched);
    expect(count('entity', 'false-positive')).toBe(e.predicted - e.matched);
    for (const error of report.errors ?? []) expect(error).toMatchObject({ corpus: 'seed', article: SEED_ID });
  });

  it('prints a table per corpus and the total, without colour when NO_COLOR is set', () => {
    const result = cli(['eval', '--gold', 'test/gold', '--format', 'table']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^gum-news · 24 articles$/m);
    expect(result.stdout).toMatch(/^seed · 1 article$/m);
    expect(result.stdout).toMatch(/^written · 8 articles$/m);
    expect(result.stdout).toMatch(/^written-b · 10 articles$/m);
    expect(result.stdout).toMatch(/^total · 43 articles$/m);
    expect(result.stdout).toMatch(/│ IoU ≥ 0\.5 +│ +563 │/);
    expect(result.stdout).toMatch(/│ all \(micro\) +│ +870 │/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('adds a row per article with --articles', () => {
    const result = cli(['eval', '--gold', 'test/gold', '--format', 'table', '--articles']);
    expect(result.status).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^│ (gum-news|seed|written|written-b) /.test(line));
    expect(rows).toHaveLength(43);
    expect(rows.find((row) => row.includes(SEED_ID))).toMatch(new RegExp(`^│ seed +│ ${SEED_ID} +│ +14 │`));
  });

  it('scores the INPUT texts given, matched to the gold by article id', () => {
    const report = evalJson(['--gold', 'test/gold', SEED_TEXT]);
    expect(report.corpora.map((c) => c.corpus)).toEqual(['seed']);
    expect(report.articles.map((a) => a.article)).toEqual([SEED_ID]);
  });

  it('reports a broken gold file and an input without gold, and scores the rest (exit 1)', () => {
    const root = tinyCorpus();
    const result = cli(['eval', '--gold', root, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^statements: \S*broken\.gold\.json: cannot read gold file/m);
    const report = JSON.parse(result.stdout) as EvalReport;
    expect(report.corpora.map((c) => [c.corpus, c.articles])).toEqual([['mine', 1]]);
    expect(report.total.statements.gold).toBe(1);

    const unmatched = cli(['eval', '--gold', join(root, 'mine', 'gold', 'dam.gold.json'), SEED_TEXT, '--format', 'json']);
    expect(unmatched.status).toBe(2);
    expect(unmatched.stderr).toContain(`no gold annotations with id "${SEED_ID}"`);
    expect(unmatched.stderr).toMatch(/nothing to score/);
  });

  it('is a usage error without --gold or with a --gold that does not exist', () => {
    expect(cli(['eval']).status).toBe(2);
    const missing = cli(['eval', '--gold', 'no/such/dir']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('statements: --gold: no such file or directory "no/such/dir"\n');
  });
});
