/**
 * `statements train entities` on a small corpus this test writes: clubs written as their city's
 * name ("signed for Porto"), which the rules type as places by the word list of cities. A tagger
 * trained on the corpus, saved and loaded with --model, types a city it was not trained on as a club.
 */
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, json } from '../helpers/cli.js';
import { findEntities } from '../../src/pipeline/entities/index.js';
import { tokenize } from '../../src/pipeline/tokenize.js';

const CLUBS = ['Lyon', 'Milan', 'Munich', 'Hamburg', 'Marseille', 'Valencia', 'Turin', 'Naples', 'Lisbon', 'Leeds', 'Liverpool', 'Madrid'];
const PEOPLE = [['Ann', 'Veld'], ['Tom', 'Ray'], ['Ruth', 'Garvey'], ['Paul', 'Brisk'], ['Maria', 'Vance'], ['Peter', 'Quill']];

function writeCorpus(root: string): void {
  mkdirSync(join(root, 'texts'), { recursive: true });
  mkdirSync(join(root, 'gold'), { recursive: true });
  for (let d = 0; d < 30; d++) {
    const sentences: string[] = [];
    const entities: { name: string; type: string; aliases: string[] }[] = [];
    for (let s = 0; s < 4; s++) {
      const club = CLUBS[(d * 4 + s) % CLUBS.length];
      const [given, surname] = PEOPLE[(d + s) % PEOPLE.length];
      sentences.push(`On Monday ${given} ${surname} signed for ${club} after the talks.`);
      if (!entities.some((e) => e.name === club)) entities.push({ name: club, type: 'organization', aliases: [] });
      if (!entities.some((e) => e.name === `${given} ${surname}`)) entities.push({ name: `${given} ${surname}`, type: 'person', aliases: [] });
    }
    writeFileSync(join(root, 'texts', `d${d}.txt`), `${sentences.join(' ')}\n`);
    writeFileSync(join(root, 'gold', `d${d}.gold.json`), JSON.stringify({ id: `d${d}`, file: `texts/d${d}.txt`, entities }));
  }
}

describe('statements train entities', () => {
  it('trains on a gold folder, saves a model, and the model types what the rules get wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statements-train-'));
    writeCorpus(join(dir, 'corpus'));
    const out = join(dir, 'tiny.model');
    const trained = cli(['train', 'entities', '--gold', join(dir, 'corpus'), '--out', out, '--epochs', '5', '--quiet']);
    expect(trained.stderr).toBe('');
    expect(trained.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    // Glasgow is in no training document: the model learnt the context, not the name.
    const text = 'On Monday Ann Veld signed for Glasgow after the talks.';
    const typed = (args: string[]) => json(['entities', ...args], text).articles[0].entities.map((e) => `${e.type}:${e.name}`).sort();
    // The rules alone go by the list of cities.
    expect(findEntities(tokenize(text)).map((e) => `${e.type}:${e.name}`)).toContain('place:Glasgow');
    expect(typed(['--model', out])).toEqual(['organization:Glasgow', 'person:Ann Veld']);
    const confidence = json(['entities', '--model', out], text).articles[0].entities.map((e) => e.confidence);
    for (const c of confidence) expect(c).toBeGreaterThan(0.5);
  });
});
