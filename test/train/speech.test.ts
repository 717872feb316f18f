/**
 * The speech trainer on a tiny corpus this test writes: it learns a cue word from the gold, the
 * model it returns is a speech model that finds a statement in a sentence it never saw, and the
 * same data and seed give the same bytes.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashLower } from '../../src/model/hash.js';
import { encodeModel } from '../../src/model/modelFile.js';
import { IntSet } from '../../src/model/intSet.js';
import { findStatements } from '../../src/pipeline/speech/index.js';
import { speechModelOf } from '../../src/pipeline/speech/model/speechModel.js';
import { tokensAndEntities } from '../../src/pipeline/index.js';
import { trainer } from '../../src/train/speech.js';

const NAMES = ['Ann Veld', 'Tom Ray', 'Ilse Marrow', 'Corvin Brisk', 'Mara Lind', 'Olek Dunn'];
const CLAUSES = ['the harbour would reopen', 'the vote was fair', 'the bridge needs repairs', 'fees will rise in May', 'the plan was ready'];

/** Articles of two sentences: "X quipped that C." (the cue to learn) and a sentence with no statement. */
function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'texts'), { recursive: true });
  mkdirSync(join(dir, 'gold'), { recursive: true });
  for (let i = 0; i < 12; i++) {
    const name = NAMES[i % NAMES.length];
    const clause = CLAUSES[i % CLAUSES.length];
    const first = `${name} quipped that ${clause}.`;
    const text = `${first} The town sat by the sea.\n`;
    const cueStart = name.length + 1;
    const start = first.indexOf(clause);
    writeFileSync(join(dir, 'texts', `a${i}.txt`), text);
    writeFileSync(join(dir, 'gold', `a${i}.gold.json`), JSON.stringify({
      id: `a${i}`, file: `texts/a${i}.txt`,
      statements: [{ speaker: name, sourceText: name, sourceStart: 0, sourceEnd: name.length, cue: 'quipped', cueStart, cueEnd: cueStart + 7,
        kind: 'indirect', content: clause, start, end: start + clause.length }],
    }));
  }
}

describe('statements train speech', () => {
  const dir = mkdtempSync(join(tmpdir(), 'statements-speech-train-'));
  writeCorpus(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const train = () => trainer.train({ gold: [dir], dev: [], seed: 3, epochs: 3, progress: () => {} });

  it('learns the cue word of the gold and finds a statement with it in a new sentence', async () => {
    const contents = await train();
    expect(contents.header.kind).toBe('speech');
    const model = speechModelOf(contents);
    expect(model.vocabulary.has(hashLower('quipped'))).toBe(true);
    const { doc, entities } = tokensAndEntities('Petra Holm quipped that the ferry was late.');
    const found = findStatements(doc, entities, model);
    expect(found.map((s) => doc.text.slice(s.content.start, s.content.end))).toEqual(['the ferry was late']);
  });

  it('writes the same model from the same data and seed', async () => {
    const [a, b] = [await train(), await train()];
    expect(Buffer.compare(encodeModel(a), encodeModel(b))).toBe(0);
  });
});

describe('IntSet', () => {
  it('holds exactly the hashes it was given, large ones included', () => {
    const set = new IntSet([1, 2 ** 31 + 5, 4294967295, 77]);
    expect([1, 2 ** 31 + 5, 4294967295, 77].every((v) => set.has(v))).toBe(true);
    expect([0, 2, 2 ** 31 + 4, 78].some((v) => set.has(v))).toBe(false);
    expect(set.size).toBe(4);
  });
});
