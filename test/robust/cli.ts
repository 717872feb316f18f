/** Running the built CLI on generated inputs, as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/statements.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh directory holding the given files, removed after `use` returns. */
export function withFiles<T>(files: Record<string, string | Buffer>, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'statements-robust-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Texts laid out as a user might have them: text files (with the odd BOM) and one JSONL file. */
export interface Corpus {
  files: Record<string, string>;
  /** Article id → the text the offsets must point into. */
  texts: Map<string, string>;
  /** Inputs that are blank and must be reported, not output. */
  blank: string[];
}

export function corpusOf(texts: string[], asJsonl: boolean[]): Corpus {
  const files: Record<string, string> = {};
  const byId = new Map<string, string>();
  const blank: string[] = [];
  const jsonl: string[] = [];
  texts.forEach((raw, i) => {
    if (asJsonl[i]) {
      jsonl.push(JSON.stringify({ id: `j${i}`, text: raw }));
      // A JSONL text is kept as given, a leading byte order mark too.
      if (raw.trim() === '') blank.push(`j${i}`);
      else byId.set(`j${i}`, raw);
    } else {
      // A file holds UTF-8 without NUL bytes (otherwise it is reported as binary); a leading BOM is not text.
      const text = raw.toWellFormed().replace(/\0/g, ' ');
      files[`t${i}.txt`] = text;
      const read = text.replace(/^\uFEFF/, '');
      if (read.trim() === '') blank.push(`t${i}`);
      else byId.set(`t${i}`, read);
    }
  });
  if (jsonl.length) files['more.jsonl'] = jsonl.join('\n') + '\n';
  return { files, texts: byId, blank };
}
