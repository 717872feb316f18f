/**
 * Every gold file under test/gold is well formed, its offsets slice its text, and every entity
 * is written in the text under its name or an alias: the checks `statements eval` makes on read,
 * held to zero warnings for the corpora that ship with the project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGold, offsetWarnings } from '../../src/io/checkGold.js';

const ROOT = 'test/gold';
const corpora = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe.each(corpora)('gold corpus %s', (corpus) => {
  const goldDir = join(ROOT, corpus, 'gold');
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'));

  it('has a gold file for every text', () => {
    const texts = readdirSync(join(ROOT, corpus, 'texts')).filter((f) => f.endsWith('.txt'));
    expect(files.map((f) => f.replace(/\.gold\.json$/, '')).sort()).toEqual(texts.map((f) => f.replace(/\.txt$/, '')).sort());
  });

  it.each(files)('%s: well formed, offsets exact, entities written in the text', (file) => {
    const checked = checkGold(JSON.parse(readFileSync(join(goldDir, file), 'utf8')), file.replace(/\.gold\.json$/, ''));
    if (!checked.ok) throw new Error(checked.message);
    const text = readFileSync(join(ROOT, corpus, checked.gold.file), 'utf8');
    expect(offsetWarnings(checked.gold, text, file).map((w) => w.message)).toEqual([]);
    const unwritten = checked.gold.entities.filter((e) => ![e.name, ...e.aliases].some((form) => text.includes(form)));
    expect(unwritten.map((e) => e.name)).toEqual([]);
  });
});
