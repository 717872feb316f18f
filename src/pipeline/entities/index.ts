/**
 * The entity stage: people, organizations, initiatives and places, one entity per referent.
 * wink-nlp gives no such entities. The rules (passes 0–4b, `rules.ts`) find name mentions and
 * type them; with a model, a trained tagger (`tagger/`, the rules' verdicts among its features)
 * types the rules' groups where their evidence is weak, and names what they cannot see
 * (`tagged.ts`, `verdict.ts`). Entities are built from the typed groups in pass 6 (misspellings,
 * aliases, titles and affiliation).
 */
import type { Doc } from '../doc.js';
import type { FoundEntity } from '../stages.js';
import { buildEntities } from './6-entities.js';
import { analyseByRules } from './rules.js';

export interface EntityOptions {
  /** The tagger to use; none (the default) means the rules alone. */
  tagger?: EntityTagger | null;
}

/** What the stage needs of a trained tagger (see `tagger/tagger.ts`). */
export interface EntityTagger {
  entities(doc: Doc): FoundEntity[];
}

export function findEntities(doc: Doc, options: EntityOptions = {}): FoundEntity[] {
  if (options.tagger) return options.tagger.entities(doc);
  return buildEntities(doc, analyseByRules(doc));
}
