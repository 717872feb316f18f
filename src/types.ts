/** The output schema (schemaVersion 1). Offsets are Unicode code points, end exclusive. */

export const SCHEMA_VERSION = 1;

export type EntityType = 'person' | 'organization' | 'initiative' | 'place';
export type SpeakerType = 'person' | 'organization' | 'group' | 'anonymous';
export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface Span {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Token extends Span {
  pos: string;
  lemma: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  affiliation: string | null;
  mentions: Span[];
  /** 0–1, from the model's scores, where a model decided the entity. */
  confidence?: number;
}

export interface Speaker {
  /** Canonical name ("Maria Lopez" even where the sentence says "she"); null when no speaker is recoverable. */
  name: string | null;
  entity: string | null;
  type: SpeakerType | null;
  /** The mention in this statement ("he"); null with the offsets when there is none. */
  text: string | null;
  start: number | null;
  end: number | null;
}

export interface Cue {
  text: string;
  lemma: string;
  start: number;
  end: number;
}

export interface Statement {
  id: string;
  kind: StatementKind;
  speaker: Speaker;
  /** null for a quote continued from an earlier paragraph, which has no cue of its own. */
  cue: Cue | null;
  /** `fragments`: the pieces of a content interrupted by its attribution ("C1," she said, "C2."). */
  content: { text: string; start: number; end: number; fragments?: Span[] };
  sentence: number;
  about: string[];
  /** 0–1, from the model's scores, where a model decided the statement. */
  confidence?: number;
  /** false on a belief, intention or perception ("believes", "wants"), reported only when asked for. */
  speech?: false;
}

export interface ArticleMeta {
  publisher?: string;
  date?: string;
  dateline?: string;
  title?: string;
  [field: string]: unknown;
}

export interface Article {
  id: string;
  source: string;
  meta: ArticleMeta;
  stats: { characters: number; sentences: number; tokens: number };
  entities: Entity[];
  statements: Statement[];
  tokens?: Token[];
  /** The text as read, which every offset points into (`extract --with-text`), so that a later run can draw the article again. */
  text?: string;
}

/** One article as read from an input, before any analysis. */
export interface ArticleInput {
  id: string;
  source: string;
  text: string;
  meta: Record<string, unknown>;
}

/** A problem with one input, reported as data and rendered once by the CLI. */
export interface Problem {
  code: string;
  severity: 'error' | 'warning';
  source: string;
  message: string;
}
