/**
 * `statements train entities` on a small corpus this test writes: invented countries ending in
 * "-ia", named only after "flew to", which no word list or rule knows. The rules alone find none of
 * them; a tagger trained on the corpus, saved and loaded with --model, names a new one a place.
 */
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, json } from '../helpers/cli.js';

const PLACES = ['Moravia', 'Quelnia', 'Tarsia', 'Vendria', 'Olbaria', 'Pexia', 'Drumia', 'Kelvia', 'Sornia', 'Halvia', 'Zenbria', 'Cortia'];
const PEOPLE = [['Ann', 'Veld'], ['Tom', 'Ray'], ['Ruth', 'Garvey'], ['Paul', 'Brisk'], ['Maria', 'Vance'], ['Peter', 'Quill']];

function writeCorpus(root: string): void {
  mkdirSync(join(root, 'texts'), { recursive: true });
  mkdirSync(join(root, 'gold'), { recursive: true });
  for (let d = 0; d < 30; d++) {
    const sentences: string[] = [];
    const entities: { name: string; type: string; aliases: string[] }[] = [];
    for (let s = 0; s < 4; s++) {
      const place = PLACES[(d * 4 + s) % PLACES.length];
      const [given, surname] = PEOPLE[(d + s) % PEOPLE.length];
      sentences.push(`On Monday ${given} ${surname} flew to ${place} for the talks.`);
      if (!entities.some((e) => e.name === place)) entities.push({ name: place, type: 'place', aliases: [] });
      if (!entities.some((e) => e.name === `${given} ${surname}`)) entities.push({ name: `${given} ${surname}`, type: 'person', aliases: [] });
    }
    writeFileSync(join(root, 'texts', `d${d}.txt`), `${sentences.join(' ')}\n`);
    writeFileSync(join(root, 'gold', `d${d}.gold.json`), JSON.stringify({ id: `d${d}`, file: `texts/d${d}.txt`, entities }));
  }
}

describe('statements train entities', () => {
  it('trains on a gold folder, saves a model, and the model names what the rules cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statements-train-'));
    writeCorpus(join(dir, 'corpus'));
    const out = join(dir, 'tiny.model');
    const trained = cli(['train', 'entities', '--gold', join(dir, 'corpus'), '--out', out, '--epochs', '5', '--quiet']);
    expect(trained.stderr).toBe('');
    expect(trained.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = 'On Monday Ann Veld flew to Brasnia for the talks.';
    const typed = (args: string[]) => json(['entities', ...args], text).articles[0].entities.map((e) => `${e.type}:${e.name}`).sort();
    expect(typed([])).not.toContain('place:Brasnia');
    expect(typed(['--model', out])).toEqual(['person:Ann Veld', 'place:Brasnia']);
    const confidence = json(['entities', '--model', out], text).articles[0].entities.map((e) => e.confidence);
    for (const c of confidence) expect(c).toBeGreaterThan(0.5);
  });
});
