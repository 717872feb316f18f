/** What the stages hand each other. Offsets are UTF-16 indices, as in Doc. */
import type { EntityType, SpeakerType, StatementKind } from '../types.js';
import type { TextRange } from './doc.js';

export interface EntityMention extends TextRange {
  sentence: number;
}

export interface FoundEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  affiliation: string | null;
  mentions: EntityMention[];
  /** 0–1, from the tagger's scores, where the tagger found the entity. */
  confidence?: number;
}

export interface FoundStatement {
  kind: StatementKind;
  content: { start: number; end: number };
  cue: (TextRange & { lemma: string }) | null;
  /** The words naming the speaker in this statement (a name, "he", "the ministry"), if any. */
  source: TextRange | null;
  /** Set when the speaker comes from elsewhere (a continued or floating quote). */
  inheritsFrom?: number;
  sentence: number;
  /** The whole noun phrase around the source ("Foreign Minister Ann Veld", "a spokeswoman for the agency"). */
  speakerPhrase?: TextRange | null;
  /** Token index of the phrase's head noun ("spokeswoman" in "a spokeswoman for the agency"). */
  speakerHead?: number;
  /** For a relative pronoun as the source ("..., who said"), the phrase it stands for. */
  antecedent?: { phrase: TextRange; head: number; source: TextRange };
  /** The class of the cue verb in src/data/cues.json: neutral, emphasis, addition or evaluative. */
  cueClass?: string;
  /** The pieces of a content its attribution interrupts ("“A,” she said, “B.”"). */
  fragments?: { start: number; end: number; sentence: number }[];
  /** 0–1, where the speech model decided. */
  confidence?: number;
  /** false for a belief, intention or perception (reported only when asked for). */
  speech?: boolean;
}

export interface ResolvedSpeaker {
  name: string | null;
  entity: number | null;
  type: SpeakerType | null;
}
