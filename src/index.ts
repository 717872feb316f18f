/**
 * The library: the analysis of `statements extract` for programs, with the types of every JSON
 * output and their JSON Schemas.
 *
 *   import { createAnalyzer } from 'news-statements';
 *   const analyzer = await createAnalyzer();
 *   const article = analyzer.analyze({ id: 'a1', text });
 *   for await (const article of analyzer.analyzeAll(articles, { jobs: 4 })) { ... }
 *
 * Importing it loads no model: createAnalyzer does.
 */
export { createAnalyzer, type AnalyzeAllOptions, type Analyzer, type AnalyzerOptions, type ArticleText } from './api/createAnalyzer.js';
export { StatementsError } from './api/input.js';
export { networkSchema, speakersSchema } from './corpus/schema.js';
export type { NetworkDocument, NetworkEdge, NetworkNode, SpeakersDocument, SpeakerSummary } from './corpus/types.js';
export type { EvalError } from './eval/errors.js';
export type { EvalReport } from './eval/report.js';
export { evalSchema } from './eval/schema.js';
export { outputSchema } from './schema.js';
export { SCHEMA_VERSION } from './types.js';
export type { Article, ArticleMeta, Cue, Entity, EntityType, Problem, Span, Speaker, SpeakerType, Statement, StatementKind, Token } from './types.js';
