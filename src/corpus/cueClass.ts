import { readFileSync } from 'node:fs';

/**
 * The class of a cue verb (neutral, emphasis, addition, evaluative), from the cue-verb data file
 * `data/cues.json` when the build has one; null when the verb or the file is unknown. Read once at
 * run time so that the corpus views work before and after that file exists.
 */
export function cueClass(lemma: string): string | null {
  classes ??= loadClasses();
  return classes.get(lemma.toLowerCase()) ?? null;
}

let classes: Map<string, string> | undefined;

function loadClasses(): Map<string, string> {
  try {
    return classesIn(JSON.parse(readFileSync(new URL('../data/cues.json', import.meta.url), 'utf8')));
  } catch {
    return new Map();
  }
}

/**
 * The classes in a cue file: `{"cues": [{lemma, class}]}` as the speech stage writes it, or else
 * `{verb: class}`, `{verb: {class}}` or `[{lemma|verb, class}]`, at the top or under one key.
 */
export function classesIn(data: unknown): Map<string, string> {
  const found = new Map<string, string>();
  if (isRecord(data) && Array.isArray(data.cues)) data = data.cues;
  const visit = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (!isRecord(item)) continue;
        const verb = item.lemma ?? item.verb ?? item.cue;
        if (typeof verb === 'string' && typeof item.class === 'string') found.set(verb.toLowerCase(), item.class);
      }
    } else if (isRecord(value)) {
      for (const [key, entry] of Object.entries(value)) {
        if (key === 'source') continue;
        if (typeof entry === 'string') found.set(key.toLowerCase(), entry);
        else if (isRecord(entry) && typeof entry.class === 'string') found.set(key.toLowerCase(), entry.class);
        else if (depth === 0) visit(entry, 1);
      }
    }
  };
  visit(data, 0);
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
