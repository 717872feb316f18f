import { findEntities } from '../../src/pipeline/entities/index.js';
import { tokenize } from '../../src/pipeline/tokenize.js';
import type { FoundEntity } from '../../src/pipeline/stages.js';

/** The entities of a text, found by the real tokenizer and entity stage. */
export function entitiesOf(text: string): FoundEntity[] {
  return findEntities(tokenize(text));
}

/** "type:name" for each entity, in order of first mention. */
export function typedNames(text: string): string[] {
  return entitiesOf(text)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
    .map((e) => `${e.type}:${e.name}`);
}
