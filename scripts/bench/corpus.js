// Builds the benchmark corpus: the project's own texts, repeated and shuffled into JSONL.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the texts are: the seed articles, and the gold texts (in test/gold once copied there, else beside the repository). */
export function textDirectories(root) {
  const gold = [join(root, 'test/gold'), join(root, '../shared/gold')].find((dir) => existsSync(dir));
  return [join(root, 'seeds'), ...(gold ? [gold] : [])];
}

/** Every article text under the directories, once: seeds/*.txt and the .txt files in any `texts` folder. */
export function collectTexts(directories) {
  const files = [];
  const walk = (dir, inTexts) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, inTexts || name === 'texts');
      else if (name.endsWith('.txt') && (inTexts || dir.endsWith('seeds'))) files.push(path);
    }
  };
  for (const dir of directories) if (existsSync(dir)) walk(dir, false);
  const seen = new Set();
  return files.map((path) => ({ path, text: readFileSync(path, 'utf8') })).filter(({ text }) => !seen.has(text) && seen.add(text));
}

/** A small seeded generator (mulberry32), so every run of the benchmark reads the same corpus. */
function random(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes JSONL of at least `megabytes` MB: whole rounds over the texts, each round shuffled. Returns its size. */
export function writeCorpus(path, texts, megabytes, root) {
  const next = random(20230413);
  const target = megabytes * 1024 * 1024;
  const lines = [];
  let bytes = 0;
  for (let round = 0; bytes < target; round++) {
    const order = texts.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const line = JSON.stringify({ id: `${round}-${relative(root, texts[i].path)}`, text: texts[i].text }) + '\n';
      lines.push(line);
      bytes += Buffer.byteLength(line);
    }
  }
  writeFileSync(path, lines.join(''));
  return { bytes, articles: lines.length };
}
