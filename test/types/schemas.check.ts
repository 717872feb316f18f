/**
 * Every JSON Schema against the TypeScript types it describes: compiled (not run) by
 * test/schemas.test.ts. A field added to a type and not to its schema, or the other way round,
 * or with another type or optionality, is a compile error naming the definition below.
 */
import type { networkSchema, speakersSchema } from '../../src/corpus/schema.js';
import type { NetworkDocument, SpeakersDocument, SpeakerSummary } from '../../src/corpus/types.js';
import type { EvalError } from '../../src/eval/errors.js';
import type { EvalReport } from '../../src/eval/report.js';
import type { evalSchema } from '../../src/eval/schema.js';
import type { outputSchema } from '../../src/schema.js';
import type { Article, Entity, SCHEMA_VERSION, Span, Statement, Token } from '../../src/types.js';
import type { Expect, FromSchema, Same } from './fromSchema.js';

type Defs = typeof outputSchema.$defs;
type Def<Name extends keyof Defs> = FromSchema<Defs[Name], Defs>;

/** What every article view prints: `id` and `source` always, the rest as the view shows it (project() in src/render/renderer.ts). */
type ArticleView = Pick<Article, 'id' | 'source'> & Partial<Omit<Article, 'id' | 'source'>>;

export type Checks = [
  Expect<Same<Def<'span'>, Span>>,
  Expect<Same<Def<'token'>, Token>>,
  Expect<Same<Def<'entity'>, Entity>>,
  Expect<Same<Def<'statement'>, Statement>>,
  Expect<Same<Def<'article'>, ArticleView>>,
  Expect<Same<FromSchema<typeof outputSchema>, { schemaVersion: typeof SCHEMA_VERSION; articles: ArticleView[] }>>,
  Expect<Same<FromSchema<typeof speakersSchema.$defs.speaker, typeof speakersSchema.$defs>, SpeakerSummary>>,
  Expect<Same<FromSchema<typeof speakersSchema>, SpeakersDocument>>,
  Expect<Same<FromSchema<typeof networkSchema>, NetworkDocument>>,
  Expect<Same<FromSchema<typeof evalSchema.$defs.evalError, typeof evalSchema.$defs>, EvalError>>,
  Expect<Same<FromSchema<typeof evalSchema>, EvalReport>>,
];

/** The check itself can fail: each of these differs from its schema in one way, and must not compile. */
export type MustFail = [
  // @ts-expect-error a field the schema has and the type lacks
  Expect<Same<Def<'entity'>, Omit<Entity, 'confidence'>>>,
  // @ts-expect-error a field the type has and the schema lacks
  Expect<Same<Def<'span'>, Span & { label: string }>>,
  // @ts-expect-error an optional field made required
  Expect<Same<Def<'entity'>, Required<Entity>>>,
  // @ts-expect-error a field of another type
  Expect<Same<Def<'span'>, Omit<Span, 'start'> & { start: string }>>,
  // @ts-expect-error a nullable field made not nullable
  Expect<Same<Def<'entity'>, Omit<Entity, 'affiliation'> & { affiliation: string }>>,
  // @ts-expect-error an enum with a member more
  Expect<Same<Def<'statement'>, Omit<Statement, 'kind'> & { kind: Statement['kind'] | 'summary' }>>,
  // @ts-expect-error a nested field missing (content.fragments)
  Expect<Same<Def<'statement'>, Omit<Statement, 'content'> & { content: Omit<Statement['content'], 'fragments'> }>>,
];
