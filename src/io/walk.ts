import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../types.js';

/** What a directory walk reads: articles as text, Markdown or JSONL, each also gzipped. */
const EXTENSIONS = ['.txt', '.md', '.jsonl'];
export const ARTICLE_EXTENSIONS = EXTENSIONS.flatMap((ext) => [ext, `${ext}.gz`]);

export type PathItem = { ok: true; path: string } | { ok: false; problem: Problem };

/**
 * Each INPUT as files: a directory is walked (sorted, hidden entries skipped) for article files.
 * A file named on the command line is read whatever it is (a pipe such as `<(zcat ...)` too); from a
 * directory only regular files are, so a FIFO or a device named `*.txt` there cannot block or flood
 * the run. Symbolic links are followed, and each directory is walked once, so a link back up ends.
 */
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
    const found: string[] = [];
    walk(input, found, new Set());
    if (found.length === 0) {
      items.push(problem(input, 'empty-directory', `directory has no ${EXTENSIONS.join(', ')} files (or .gz of them)`));
    }
    for (const path of found) items.push({ ok: true, path });
  }
  return items;
}

function walk(dir: string, out: string[], walked: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (walked.has(real)) return;
  walked.add(real);
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const stat: Stats | Pick<Stats, 'isDirectory' | 'isFile'> | null = entry.isSymbolicLink() ? statOrNull(path) : entry;
    if (!stat) continue; // a dangling link
    if (stat.isDirectory()) walk(path, out, walked);
    else if (stat.isFile() && ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function problem(source: string, code: string, message: string): PathItem {
  return { ok: false, problem: { code, severity: 'error', source, message } };
}
