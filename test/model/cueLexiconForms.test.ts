/**
 * The cue lexicon's forms are hashed by continuing the lemma's hash, never built as strings: every
 * form spelled out here must be found by its `hashLower`, with its lemma's entry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashLower } from '../../src/model/hash.js';
import { LEXICON_FORMS, LEXICON_HASHES, entryOfForm } from '../../src/pipeline/speech/model/cueLexicon.js';

const verbs = JSON.parse(readFileSync(new URL('../../src/data/cueLexicon.json', import.meta.url), 'utf8')).verbs as Record<string, number[]>;

function spelled(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const last = lemma.charAt(lemma.length - 1);
  const forms = [lemma, `${stem}ing`, `${stem}ed`, `${lemma}d`, `${lemma}s`, `${lemma}es`, `${lemma}${last}ed`, `${lemma}${last}ing`];
  if (lemma.endsWith('y')) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  return forms;
}

describe('the cue lexicon’s regular forms', () => {
  it('holds every form of every one-word lemma, in order, by the hash of its spelling', () => {
    const want = Object.keys(verbs).filter((lemma) => !lemma.includes(' ')).flatMap((lemma) => spelled(lemma).map((form) => hashLower(form)));
    expect(LEXICON_HASHES).toEqual(want);
  });

  it('gives a form its own lemma’s entry', () => {
    for (const lemma of ['whisper', 'deny', 'argue', 'admit']) {
      const [communication] = verbs[lemma];
      for (const form of spelled(lemma)) {
        expect(LEXICON_FORMS.has(hashLower(form))).toBe(true);
        expect(entryOfForm(hashLower(form))?.communication).toBe(communication);
      }
      expect(entryOfForm(hashLower(lemma))?.communication).toBe(communication);
    }
    expect(entryOfForm(hashLower('whisperings'))).toBeUndefined();
  });
});
