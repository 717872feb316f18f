/** What the corpus views report (`statements speakers`, `statements network`); src/corpus/schema.ts is their JSON Schema. */
import type { SCHEMA_VERSION } from '../types.js';

export interface Count {
  value: string;
  count: number;
}

export interface SpeakerSummary {
  /** The corpus-wide key: the folded name without title ("ana vale"). */
  key: string;
  name: string;
  type: string | null;
  /** Every form the name was written in (without titles). */
  names: string[];
  statements: number;
  articles: number;
  kinds: { direct: number; indirect: number; mixed: number };
  firstDate: string | null;
  lastDate: string | null;
  titles: Count[];
  affiliations: Count[];
  cues: { lemma: string; class: string | null; count: number }[];
  /** The entities named most in their statements, most first. */
  about: { key: string; name: string; type: string | null; count: number }[];
}

export interface SpeakersReport {
  articles: number;
  statements: number;
  unattributed: number;
  speakers: SpeakerSummary[];
}

/** `statements speakers --format json`: the report, schema version first. `jsonl` prints the speakers alone, one a line. */
export interface SpeakersDocument extends SpeakersReport {
  schemaVersion: typeof SCHEMA_VERSION;
}

export interface NetworkNode {
  id: string;
  label: string;
  type: string | null;
  affiliation: string | null;
  /** Statements made (0 for an entity that only is spoken about). */
  statements: number;
  /** Entity mentions across the corpus, and articles mentioning or quoting it. */
  mentions: number;
  articles: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  articleIds: string[];
}

export interface Network {
  articles: number;
  statements: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** `statements network --format json`: networkx's node-link shape, the corpus counts under `graph`. */
export interface NetworkDocument {
  directed: true;
  multigraph: false;
  graph: { schemaVersion: typeof SCHEMA_VERSION; articles: number; statements: number };
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
