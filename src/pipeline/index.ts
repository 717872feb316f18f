/**
 * The pipeline, in order: tokenize → metadata → entities → speech → resolve speakers → assemble.
 * Each stage is a plain function; none prints or touches the file system.
 */
import type { Article, ArticleInput } from '../types.js';
import type { Doc } from './doc.js';
import type { FoundEntity } from './stages.js';
import { assembleArticle } from './assemble.js';
import { modelSet } from '../model/modelSet.js';
import { findEntities } from './entities/index.js';
import { MODEL_KIND as ENTITY_MODEL, entityTaggerOf } from './entities/tagger/model.js';
import { readMetadata } from './metadata.js';
import { resolveSpeakers } from './resolveSpeakers.js';
import { findStatements } from './speech/index.js';
import { tokenize } from './tokenize.js';
import { speechModelOf } from './speech/model/speechModel.js';
import type { Source } from './speech/model/judge.js';

export interface AnalyzeOptions {
  /** Include every token in the article (for `statements tokens` and `extract --tokens`). */
  tokens?: boolean;
  /** Model files to use instead of the shipped models of the same kind (`--model`); see `modelSet`. */
  models?: string[];
  /** Also report beliefs, intentions and perceptions, marked `speech: false` (`--beliefs`). */
  beliefs?: boolean;
  /** The speech model's content candidates of these sources only, for measuring each source alone. */
  speechSources?: readonly Source[];
  /** Include the text as read (for `extract --with-text`), which every offset points into. */
  text?: boolean;
}

export function analyzeArticle(input: ArticleInput, options: AnalyzeOptions = {}): Article {
  const { doc, entities } = tokensAndEntities(input.text, options);
  const meta = { ...readMetadata(input.text), ...input.meta };
  const model = modelSet(options.models).get('speech');
  const statements = findStatements(doc, entities, model && speechModelOf(model), { beliefs: options.beliefs, sources: options.speechSources });
  const speakers = resolveSpeakers(doc, entities, statements);
  const article = assembleArticle({ input, doc, meta, entities, statements, speakers, withTokens: options.tokens ?? false });
  if (options.text) article.text = input.text;
  return article;
}

/** The stages before speech attribution, as `analyzeArticle` runs them; the speech trainer runs them too. */
export function tokensAndEntities(text: string, options: AnalyzeOptions = {}): { doc: Doc; entities: FoundEntity[] } {
  const doc = tokenize(text);
  const model = modelSet(options.models).get(ENTITY_MODEL);
  const entities = findEntities(doc, { tagger: model ? entityTaggerOf(model) : null });
  return { doc, entities };
}

export { loadEngine } from './tokenize.js';
