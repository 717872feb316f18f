/**
 * "he", "she", "they", "it" as speakers. A person pronoun goes to the nearest earlier candidate
 * of a compatible gender: a speaker already resolved, or a person named at the start of a
 * sentence (the subject, the usual antecedent in news). Gender comes from the text itself: a
 * gendered title or honorific before a mention ("Ms", "spokeswoman"), or the first he/she
 * after the person opens a sentence.
 */
import type { Doc } from '../doc.js';
import type { FoundEntity, ResolvedSpeaker } from '../stages.js';
import { speakerOfEntity, type PersonNames } from './entityLookup.js';
import { words } from './lexicon.js';

export type Gender = 'feminine' | 'masculine' | null;

export interface Candidate {
  at: number;
  speaker: ResolvedSpeaker;
}

const TITLE_LOOK_BACK = 3;
const feminine = new Set(words.feminine);
const masculine = new Set(words.masculine);

export function genderOf(word: string): Gender {
  const w = word.toLowerCase();
  return feminine.has(w) ? 'feminine' : masculine.has(w) ? 'masculine' : null;
}

/** What the text says of a person entity's gender, worked out on first asking. */
export class PersonGenders {
  private readonly known = new Map<number, Gender>();

  constructor(private readonly doc: Doc, private readonly entities: FoundEntity[]) {}

  of(index: number): Gender {
    let gender = this.known.get(index);
    if (gender === undefined) {
      gender = this.find(index);
      this.known.set(index, gender);
    }
    return gender;
  }

  private find(index: number): Gender {
    const { tokens, sentences } = this.doc;
    const e = this.entities[index];
    if (e.type !== 'person') return null;
    for (const m of e.mentions) {
      const first = tokenStartingAt(this.doc, m.start);
      if (first < 0) continue;
      for (let k = first - 1; k >= 0 && first - k <= TITLE_LOOK_BACK; k--) {
        const g = genderOf(tokens[k].text);
        if (g && tokens[k].pos !== 'PRON') return g;
      }
      const sentence = sentences[tokens[first].sentence];
      if (first !== sentence.first) continue;
      for (let k = first + 1; k <= sentence.last + 1 && k < tokens.length; k++) {
        const t = tokens[k];
        const g = t.pos === 'PRON' ? genderOf(t.text) : null;
        if (g) return g;
      }
    }
    return null;
  }
}

/** People, or organizations, named as the first words of a sentence (or after "For"), in text order. */
export function sentenceSubjects(doc: Doc, entities: FoundEntity[], type: 'person' | 'organization', names?: PersonNames): Candidate[] {
  const starts = new Set<number>();
  for (const s of doc.sentences) {
    let first = s.first;
    while (first < s.last && (doc.tokens[first].type === 'tabCRLF' || doc.tokens[first].pos === 'SPACE')) first++;
    starts.add(doc.tokens[first].start);
    // "The Harbour Agency said": the name after a leading determiner; "For Ann Veld, the vote was
    // a win": the person whose view the sentence gives.
    const lead = doc.tokens[first];
    if ((lead.pos === 'DET' || lead.text === 'For') && first < s.last) starts.add(doc.tokens[first + 1].start);
  }
  const out: Candidate[] = [];
  entities.forEach((e, index) => {
    if (e.type !== type) return;
    for (const m of e.mentions) if (starts.has(m.start)) out.push({ at: m.start, speaker: speakerOfEntity(entities, index, names) });
  });
  return out.sort((a, b) => a.at - b.at);
}

/** The persons mentioned in [from, before), in text order: the people a sentence names before its pronoun. */
export function personsNamedBetween(entities: FoundEntity[], from: number, before: number, names?: PersonNames): Candidate[] {
  const out: Candidate[] = [];
  entities.forEach((e, index) => {
    if (e.type !== 'person') return;
    for (const m of e.mentions) if (m.start >= from && m.start < before) out.push({ at: m.start, speaker: speakerOfEntity(entities, index, names) });
  });
  return out.sort((a, b) => a.at - b.at);
}

/** The nearest earlier candidate, from lists each in text order, that fits the pronoun. */
export function antecedent(lists: Candidate[][], before: number, wants: string, gender: Gender, genders: PersonGenders): ResolvedSpeaker | null {
  // "they" is a group, an organization or a source before it is one person.
  if (wants === 'plural') return antecedent(lists, before, 'organization', null, genders) ?? antecedent(lists, before, 'any', null, genders);
  let best: Candidate | null = null;
  for (const list of lists) {
    for (let k = lastBefore(list, before); k >= 0 && (!best || list[k].at > best.at); k--) {
      if (fits(list[k], wants, gender, genders)) { best = list[k]; break; }
    }
  }
  return best?.speaker ?? null;
}

function fits(c: Candidate, wants: string, gender: Gender, genders: PersonGenders): boolean {
  const type = c.speaker.type;
  const kind = wants === 'person' ? type === 'person' : wants === 'any' ? true : type !== 'person';
  if (!kind) return false;
  if (wants !== 'person' || !gender || c.speaker.entity === null) return true;
  const known = genders.of(c.speaker.entity);
  return !known || known === gender;
}

/** The index of the last candidate before an offset, by binary search, or -1. */
function lastBefore(list: Candidate[], before: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < before) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The token that starts at a text offset, by binary search, or -1. */
function tokenStartingAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = doc.tokens[mid].start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
