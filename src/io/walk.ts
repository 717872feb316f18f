import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../types.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.jsonl'];

export type PathItem = { ok: true; path: string } | { ok: false; problem: Problem };

/** Each INPUT as files: a directory is walked (sorted, hidden entries skipped) for article files. */
export function expandPaths(inputs: string[]): PathItem[] {
  const items: PathItem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      items.push({ ok: true, path: '-' });
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      items.push(problem(input, missing ? 'missing' : 'unreadable', missing ? 'no such file or directory' : (error as Error).message));
      continue;
    }
    if (!isDirectory) {
      items.push({ ok: true, path: input });
      continue;
    }
    const found = walk(input);
    if (found.length === 0) {
      items.push(problem(input, 'empty-directory', `directory has no ${ARTICLE_EXTENSIONS.join(', ')} files`));
    }
    for (const path of found) items.push({ ok: true, path });
  }
  return items;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}

function problem(source: string, code: string, message: string): PathItem {
  return { ok: false, problem: { code, severity: 'error', source, message } };
}
