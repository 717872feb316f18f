/**
 * When the tagger's verdict on a group of the rules' mentions replaces the rules' type (`decide`):
 * a table of groups built by hand, each with the rules' type and strength and the tagger's verdict
 * and share, and the type the stage must report.
 */
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/pipeline/entities/4-group.js';
import type { TypedMention } from '../../src/pipeline/entities/3-types.js';
import { decide } from '../../src/pipeline/entities/verdict.js';
import type { EntityType } from '../../src/types.js';

function group(text: string, strength: number, tentative = false): Group {
  const words = text.split(' ').length;
  const name = { first: 0, last: words - 1, sentence: 0, written: text, text, tentative, type: null, strength, acronym: false, programme: false } as TypedMention;
  return { mentions: [name], type: null, strength, name };
}

type Row = [string, string, number, EntityType, EntityType | null, number, EntityType | null];
// [case, name, rules' strength, rules' type, tagger's verdict, its share, expected]
const rows: Row[] = [
  ['the rules stand where the tagger agrees', 'Velk Group', 3, 'organization', 'organization', 1, 'organization'],
  ['the rules stand where the tagger is unsure', 'Velkburg', 0, 'organization', 'place', 0.2, 'organization'],
  ['a weak lone-word body the tagger calls a place is a place', 'Velkburg', 1, 'organization', 'place', 0.7, 'place'],
  ['a weak body of several words the tagger calls a place stays a body', 'Team Velkburg', 1, 'organization', 'place', 0.9, 'organization'],
  ['a strong lone-word body stays a body', 'Velkburg', 2, 'organization', 'place', 0.9, 'organization'],
  ['a weak person the tagger is nearly sure is a place is a place', 'Velk Harbour', 1, 'person', 'place', 0.85, 'place'],
  ['a weak person the tagger only leans to a place for stays a person', 'Velk Harbour', 1, 'person', 'place', 0.6, 'person'],
  ['a weak body the tagger is sure is no name is dropped', 'Velk Open', 2, 'organization', null, 0.95, null],
  ['a weak body the tagger doubts only a little stays', 'Velk Open', 2, 'organization', null, 0.8, 'organization'],
  ['a body with a head word stays unless the tagger is all but certain', 'Eastern Division', 3, 'organization', null, 0.95, 'organization'],
  ['a body with a head word the tagger is all but certain of is dropped', 'Eastern Division', 3, 'organization', null, 0.995, null],
  ['a person on weak evidence the tagger reads as no name at 0.8 is dropped', 'Velkian', 1, 'person', null, 0.8, null],
  ['a person with a title before it (stronger evidence) the tagger reads as no name at 0.8 stays', 'Jan Velk', 2, 'person', null, 0.8, 'person'],
  ['a person on weak evidence the tagger doubts less stays', 'Velkian', 1, 'person', null, 0.7, 'person'],
  ['a known place the tagger is nearly sure is a person is a person', 'Velkburg', 3, 'place', 'person', 0.85, 'person'],
  ['a known place the tagger only leans to a person for stays a place', 'Velkburg', 3, 'place', 'person', 0.7, 'place'],
  ['a place is never dropped for the tagger reading no name', 'Velkburg', 1, 'place', null, 1, 'place'],
  ['a body with no evidence at all the tagger reads as no name is dropped', 'Women', 0, 'organization', null, 0.4, null],
];

describe('the tagger’s verdict on a group of the rules’ mentions', () => {
  it.each(rows)('%s', (_case, name, strength, ruled, verdict, share, expected) => {
    expect(decide(group(name, strength), ruled, verdict, share)).toBe(expected);
  });
});
