/** What the entity trainer learns from: a text and its named mentions, from any corpus. */
import type { TagType } from '../../pipeline/entities/tagger/labels.js';

export interface TrainingMention {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  type: TagType;
}

export interface TrainingDocument {
  id: string;
  text: string;
  mentions: TrainingMention[];
}
