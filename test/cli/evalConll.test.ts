/** `statements eval --gold FILE` with a CoNLL IOB file: mentions by exact span and type. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/io/readConll.js';
import { cli } from '../helpers/cli.js';

const CONLL = `-DOCSTART- -X- -X- O

Ann NNP B-NP B-PER
Veld NNP I-NP I-PER
visited VBD B-VP O
Kenya NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O

Tom NNP B-NP B-PER
Ray NNP I-NP I-PER
met VBD B-VP O
Velkran NNP B-NP I-ORG
officials NNS I-NP O
. . O O
`;

describe('CoNLL gold', () => {
  it('reads one document per -DOCSTART-, tokens joined by spaces, an I- tag opening a mention', () => {
    const docs = parseConll(CONLL);
    expect(docs.map((d) => d.text)).toEqual(['Ann Veld visited Kenya .\n', 'Tom Ray met Velkran officials .\n']);
    expect(docs[0].mentions).toEqual([{ start: 0, end: 8, type: 'person' }, { start: 17, end: 22, type: 'place' }]);
    expect(docs[1].mentions[1]).toEqual({ start: 12, end: 19, type: 'organization' });
  });

  it('is scored by statements eval on mentions alone', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'statements-conll-')), 'tiny.conll');
    writeFileSync(path, CONLL);
    const run = cli(['eval', '--gold', path, '-f', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.total.scoresStatements).toBe(false);
    // Gold: two people, one place, one organization. Whatever the tool finds, the gold side is fixed.
    const byType = report.total.mentions.byType;
    expect([byType.person.gold, byType.place.gold, byType.organization.gold]).toEqual([2, 1, 1]);
    expect(report.articles.map((a: { article: string }) => a.article)).toEqual(['tiny_001', 'tiny_002']);
    const table = cli(['eval', '--gold', path, '-f', 'table']);
    expect(table.stdout).toContain('mentions (exact span)');
    expect(table.stdout).not.toContain('IoU');
  });
});
