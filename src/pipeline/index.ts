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
  /** Include the text as read (for `extract --with-text`), which every offset points into. */
  text?: boolean;
}

export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Article {
  const doc = tokenize(input.text);
  const meta = { ...readMetadata(input.text), ...input.meta };
  const model = modelSet(options.models).get(ENTITY_MODEL);
  const entities = findEntities(doc, { tagger: model ? entityTaggerOf(model) : null });
  const statements = findStatements(doc, entities);
  const speakers = resolveSpeakers(doc, entities, statements);
  const article = assembleArticle({ input, doc, meta, entities, statements, speakers, withTokens: options.tokens ?? false });
  if (options.text) article.text = input.text;
  return article;
}

export { loadEngine } from './tokenize.js';
