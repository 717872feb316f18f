/** Gold annotations of one article, as written in `<id>.gold.json` (see docs/gold-format.md). */
import type { EntityType, SpeakerType, StatementKind } from '../types.js';

export interface GoldStatement {
  /** Canonical speaker name ("Maria Lopez" even where the text says "she"). */
  speaker: string;
  /** Absent in converted corpora that do not type their sources (PolNeAR). */
  speakerType?: SpeakerType;
  /** The mention naming the speaker in this statement, with code-point offsets (optional). */
  sourceText?: string | null;
  sourceStart?: number | null;
  sourceEnd?: number | null;
  cue: string;
  /** The cue's offsets, where the gold has them (converted PolNeAR does). */
  cueStart?: number | null;
  cueEnd?: number | null;
  kind: StatementKind;
  content: string;
  start: number;
  end: number;
  /** The content's pieces [start, end) where it is interrupted; the content is then their union. */
  frags?: [number, number][];
  /** false for a belief or intention: it counts for precision (a match is no error) but not for recall. */
  speech?: boolean;
}

export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

/** A named mention by exact span (CoNLL-style gold): code-point offsets, end exclusive. */
export interface GoldMention {
  start: number;
  end: number;
  /** person, organization, place; misc and other types are read but not scored. */
  type: string;
}

export interface GoldArticle {
  id: string;
  /** The article text, relative to the corpus folder (the folder holding `gold/` and `texts/`). */
  file: string;
  statements: GoldStatement[];
  entities: GoldEntity[];
  /** Mentions by span, when the gold has them; scored by exact span and type. */
  mentions?: GoldMention[];
  /**
   * Whether statements and entities are scored: a gold of mentions alone (converted CoNLL, no
   * "statements" or "entities" keys) scores mentions alone.
   */
  scoreStatements?: boolean;
}

/** A gold article with its text and the corpus it belongs to, ready to score. */
export interface GoldItem {
  corpus: string;
  gold: GoldArticle;
  text: string;
}
