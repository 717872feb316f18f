import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { GoldItem } from '../eval/gold.js';
import type { Problem } from '../types.js';
import { decodeText } from './decode.js';
import { checkGold, offsetWarnings } from './checkGold.js';

export type GoldRead = { ok: true; item: GoldItem; warnings: Problem[] } | { ok: false; problem: Problem };

const GOLD_SUFFIX = '.gold.json';

/** Every `*.gold.json` under a directory (or the file itself), sorted, hidden entries skipped. */
export function findGoldFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(GOLD_SUFFIX)) out.push(path);
    }
  };
  visit(root);
  return out;
}

/**
 * The corpus folder of a gold file: the folder holding `gold/` (and `texts/`), or the file's own
 * folder when it does not sit in a `gold/` folder.
 */
export function corpusFolder(goldPath: string): string {
  const folder = dirname(goldPath);
  return basename(folder) === 'gold' ? dirname(folder) : folder;
}

/** A corpus's name: its folder relative to the --gold directory, or the folder's own name when that is the corpus. */
export function corpusName(folder: string, root: string): string {
  const name = relative(resolve(root), resolve(folder)).split(sep).join('/');
  return name === '' ? basename(resolve(folder)) : name;
}

/** Reads one gold file and the text it names; anything wrong is a problem, never an exception. */
export function readGoldFile(goldPath: string, root: string): GoldRead {
  const fail = (code: string, message: string): GoldRead => ({ ok: false, problem: { code, severity: 'error', source: goldPath, message } });
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (error) {
    return fail('gold', `cannot read gold file (${(error as Error).message})`);
  }
  const folder = corpusFolder(goldPath);
  const checked = checkGold(value, basename(goldPath, GOLD_SUFFIX));
  if (!checked.ok) return fail('gold', checked.message);
  const textPath = join(folder, checked.gold.file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(textPath);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return fail('gold-text', `the text "${checked.gold.file}" it names ${missing ? 'does not exist' : 'cannot be read'} (looked at ${textPath})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail('gold-text', `${textPath}: ${decoded.message}`);
  const text = decoded.text.replace(/^\uFEFF/, '');
  return { ok: true, item: { corpus: corpusName(folder, root), gold: checked.gold, text }, warnings: offsetWarnings(checked.gold, text, goldPath) };
}
