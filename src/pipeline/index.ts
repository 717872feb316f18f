/**
 * The pipeline, in order: tokenize → metadata → entities → speech → resolve speakers → assemble.
 * Each stage is a plain function; none prints or touches the file system.
 */
import type { Article, ArticleInput } from '../types.js';
import { assembleArticle } from './assemble.js';
import { modelSet } from '../model/modelSet.js';
import { findEntities } from './entities/index.js';
import { MODEL_KIND as ENTITY_MODEL, entityTaggerOf } from './entities/tagger/model.js';
import { readMetadata } from './metadata.js';
import { resolveSpeakers } from './resolveSpeakers.js';
import { findStatements } from './speech/index.js';
import { tokenize } from './tokenize.js';

export interface AnalyzeOptions {
  /** Include every token in the article (for `statements tokens` and `extract --tokens`). */
  tokens?: boolean;
  /** Model files to use instead of the shipped models of the same kind (`--model`); see `modelSet`. */
  models?: string[];
}

export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Article {
  const doc = tokenize(input.text);
  const meta = { ...readMetadata(input.text), ...input.meta };
  const model = modelSet(options.models).get(ENTITY_MODEL);
  const entities = findEntities(doc, { tagger: model ? entityTaggerOf(model) : null });
  const statements = findStatements(doc, entities);
  const speakers = resolveSpeakers(doc, entities, statements);
  return assembleArticle({ input, doc, meta, entities, statements, speakers, withTokens: options.tokens ?? false });
}

export { loadEngine } from './tokenize.js';
