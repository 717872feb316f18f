import { SCHEMA_VERSION } from './types.js';

// Each piece is `as const`, so that test/types can read the TypeScript type it describes and
// check it against src/types.ts: a field added to one and not the other fails the test suite.
const offset = { type: 'integer', minimum: 0 } as const;
const nullableOffset = { type: ['integer', 'null'], minimum: 0 } as const;
const confidence = { type: 'number', minimum: 0, maximum: 1, description: "the model's confidence in this answer, where a model decided it" } as const;
const span = {
  type: 'object',
  required: ['text', 'start', 'end', 'sentence'],
  properties: { text: { type: 'string' }, start: offset, end: offset, sentence: offset },
} as const;

/**
 * The JSON Schema (draft 2020-12) of `--format json` output; `jsonl` lines are `$defs/article`.
 * `entities` and `tokens` print the parts of an article they show, so only `id` and `source` are required.
 */
export const outputSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://statements.invalid/schema/v${SCHEMA_VERSION}.json`,
  title: 'statements output',
  description: 'Who said what, about whom. Offsets are Unicode code points into the article text, end exclusive; `text` equals that slice.',
  type: 'object',
  required: ['schemaVersion', 'articles'],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    articles: { type: 'array', items: { $ref: '#/$defs/article' } },
  },
  $defs: {
    article: {
      type: 'object',
      required: ['id', 'source'],
      properties: {
        id: { type: 'string' },
        source: { type: 'string', description: 'the path, "-" for standard input, or "path:line" for JSONL' },
        meta: {
          type: 'object',
          description: 'what the article says of itself, and every other field of a JSONL input',
          additionalProperties: true,
          properties: {
            publisher: { type: 'string' },
            date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            dateline: { type: 'string' },
            title: { type: 'string' },
          },
        },
        stats: {
          type: 'object',
          required: ['characters', 'sentences', 'tokens'],
          properties: { characters: offset, sentences: offset, tokens: offset },
        },
        entities: { type: 'array', items: { $ref: '#/$defs/entity' } },
        statements: { type: 'array', items: { $ref: '#/$defs/statement' } },
        tokens: { type: 'array', items: { $ref: '#/$defs/token' } },
        text: { type: 'string', description: 'the article text as read, which the offsets point into (with --with-text)' },
      },
    },
    entity: {
      type: 'object',
      required: ['id', 'type', 'name', 'aliases', 'titles', 'affiliation', 'mentions'],
      properties: {
        id: { type: 'string', pattern: '^e\\d+$' },
        type: { enum: ['person', 'organization', 'initiative', 'place'] },
        name: { type: 'string', minLength: 1 },
        aliases: { type: 'array', items: { type: 'string' } },
        titles: { type: 'array', items: { type: 'string' } },
        affiliation: { type: ['string', 'null'] },
        mentions: { type: 'array', minItems: 1, items: { $ref: '#/$defs/span' } },
        confidence,
      },
    },
    statement: {
      type: 'object',
      required: ['id', 'kind', 'speaker', 'cue', 'content', 'sentence', 'about'],
      properties: {
        id: { type: 'string', pattern: '^s\\d+$' },
        kind: { enum: ['direct', 'indirect', 'mixed'] },
        speaker: {
          type: 'object',
          required: ['name', 'entity', 'type', 'text', 'start', 'end'],
          properties: {
            name: { type: ['string', 'null'], description: 'canonical name; null when no speaker is recoverable' },
            entity: { type: ['string', 'null'], pattern: '^e\\d+$' },
            type: { enum: ['person', 'organization', 'group', 'anonymous', null] },
            text: { type: ['string', 'null'], description: 'the mention in this statement ("he")' },
            start: nullableOffset,
            end: nullableOffset,
          },
        },
        cue: {
          type: ['object', 'null'],
          description: 'null for a quote continued from an earlier paragraph',
          required: ['text', 'lemma', 'start', 'end'],
          properties: { text: { type: 'string' }, lemma: { type: 'string' }, start: offset, end: offset },
        },
        content: {
          type: 'object',
          required: ['text', 'start', 'end'],
          properties: {
            text: { type: 'string' },
            start: offset,
            end: offset,
            fragments: {
              type: 'array',
              minItems: 2,
              description: 'the pieces of a content interrupted by its attribution, in text order; text runs from the first to the last',
              items: { $ref: '#/$defs/span' },
            },
          },
        },
        sentence: offset,
        about: { type: 'array', items: { type: 'string', pattern: '^e\\d+$' } },
        confidence,
        speech: { const: false, description: 'present, and false, on a belief, intention or perception rather than speech ("believes", "wants"); reported only with --beliefs' },
      },
    },
    span,
    token: {
      type: 'object',
      required: ['text', 'pos', 'lemma', 'start', 'end', 'sentence'],
      properties: { ...span.properties, pos: { type: 'string' }, lemma: { type: 'string' } },
    },
  },
} as const;
