/**
 * JSON Schemas (draft 2020-12) of `statements speakers` and `statements network` JSON, for the
 * types in ./types.ts (test/types checks that the two say the same, field by field).
 */
import { SCHEMA_VERSION } from '../types.js';

const count = { type: 'integer', minimum: 0 } as const;
const nullableString = { type: ['string', 'null'] } as const;
const date = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const valueCount = {
  type: 'array',
  description: 'each value with the number of articles it was seen in, most first',
  items: { type: 'object', required: ['value', 'count'], properties: { value: { type: 'string' }, count } },
} as const;

const speaker = {
  type: 'object',
  required: ['key', 'name', 'type', 'names', 'statements', 'articles', 'kinds', 'firstDate', 'lastDate', 'titles', 'affiliations', 'cues', 'about'],
  properties: {
    key: { type: 'string', description: 'the corpus-wide key: the folded name without title ("ana vale")' },
    name: { type: 'string' },
    type: { ...nullableString, description: 'person, organization, group or anonymous, as the statements say' },
    names: { type: 'array', items: { type: 'string' }, description: 'every form the name was written in (without titles)' },
    statements: count,
    articles: count,
    kinds: { type: 'object', required: ['direct', 'indirect', 'mixed'], properties: { direct: count, indirect: count, mixed: count } },
    firstDate: { ...date, description: "the earliest meta.date of the speaker's articles" },
    lastDate: date,
    titles: valueCount,
    affiliations: valueCount,
    cues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['lemma', 'class', 'count'],
        properties: { lemma: { type: 'string' }, class: { ...nullableString, description: 'neutral, emphasis, addition or evaluative; null where the cue-verb data has none' }, count },
      },
    },
    about: {
      type: 'array',
      description: 'the entities their statements name most, most first (--top)',
      items: { type: 'object', required: ['key', 'name', 'type', 'count'], properties: { key: { type: 'string' }, name: { type: 'string' }, type: nullableString, count } },
    },
  },
} as const;

/** `statements speakers --format json`; `jsonl` lines are `$defs/speaker`. */
export const speakersSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://statements.invalid/schema/speakers/v${SCHEMA_VERSION}.json`,
  title: 'statements speakers',
  description: 'Every speaker across a corpus. `jsonl` prints one `$defs/speaker` a line.',
  type: 'object',
  required: ['schemaVersion', 'articles', 'statements', 'unattributed', 'speakers'],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    articles: count,
    statements: count,
    unattributed: { ...count, description: 'statements with no speaker, or one named only by a pronoun' },
    speakers: { type: 'array', items: { $ref: '#/$defs/speaker' } },
  },
  $defs: { speaker },
} as const;

const node = {
  type: 'object',
  required: ['id', 'label', 'type', 'affiliation', 'statements', 'mentions', 'articles'],
  properties: {
    id: { type: 'string' },
    label: { type: 'string' },
    type: { ...nullableString, description: 'the entity type, or the speaker type of a speaker who is no entity' },
    affiliation: nullableString,
    statements: { ...count, description: 'statements made (0 for an entity that is only spoken about)' },
    mentions: { ...count, description: 'entity mentions across the corpus' },
    articles: { ...count, description: 'articles mentioning or quoting it' },
  },
} as const;

const edge = {
  type: 'object',
  required: ['source', 'target', 'weight', 'articleIds'],
  properties: {
    source: { type: 'string', description: 'the id of the speaker node' },
    target: { type: 'string', description: 'the id of the entity node' },
    weight: { type: 'integer', minimum: 1, description: 'statements of the speaker that name the entity' },
    articleIds: { type: 'array', items: { type: 'string' }, description: 'the articles behind the edge (empty with --no-article-ids)' },
  },
} as const;

/** `statements network --format json`: networkx's node-link shape (`nx.node_link_graph(data, edges="edges")`). */
export const networkSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://statements.invalid/schema/network/v${SCHEMA_VERSION}.json`,
  title: 'statements network',
  description: 'Speakers and entities as nodes, speaker → entity edges weighted by statements.',
  type: 'object',
  required: ['directed', 'multigraph', 'graph', 'nodes', 'edges'],
  properties: {
    directed: { const: true },
    multigraph: { const: false },
    graph: {
      type: 'object',
      required: ['schemaVersion', 'articles', 'statements'],
      properties: { schemaVersion: { const: SCHEMA_VERSION }, articles: count, statements: count },
    },
    nodes: { type: 'array', items: { $ref: '#/$defs/node' } },
    edges: { type: 'array', items: { $ref: '#/$defs/edge' } },
  },
  $defs: { node, edge },
} as const;
