/**
 * "he", "she", "they", "it" as speakers. A person pronoun goes to the nearest earlier candidate
 * of a compatible gender: a speaker already resolved, or a person named at the start of a
 * sentence (the subject, the usual antecedent in news). Gender comes from the text itself: a
 * gendered title or honorific before a mention ("Ms", "spokeswoman"), or the first he/she
 * after the person opens a sentence.
 */
import type { Doc } from '../doc.js';
import type { FoundEntity, ResolvedSpeaker } from '../stages.js';
import { speakerOfEntity } from './entityLookup.js';
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

/** What the text says of each person entity's gender, by entity index. */
export function personGenders(doc: Doc, entities: FoundEntity[]): Map<number, Gender> {
  const genders = new Map<number, Gender>();
  const { tokens, sentences } = doc;
  entities.forEach((e, index) => {
    if (e.type !== 'person') return;
    for (const m of e.mentions) {
      const first = tokenStartingAt(doc, m.start);
      if (first < 0) continue;
      for (let k = first - 1; k >= 0 && first - k <= TITLE_LOOK_BACK; k--) {
        const g = genderOf(tokens[k].text);
        if (g && tokens[k].pos !== 'PRON') { genders.set(index, g); return; }
      }
      const sentence = sentences[tokens[first].sentence];
      if (first !== sentence.first) continue;
      for (let k = first + 1; k <= sentence.last + 1 && k < tokens.length; k++) {
        const t = tokens[k];
        if (t.pos === 'PRON') {
          const g = genderOf(t.text);
          if (g) { genders.set(index, g); return; }
        }
      }
    }
  });
  return genders;
}

/** People named as the first words of a sentence, in text order. */
export function sentenceSubjects(doc: Doc, entities: FoundEntity[]): Candidate[] {
  const starts = new Set(doc.sentences.map((s) => {
    let first = s.first;
    while (first < s.last && (doc.tokens[first].type === 'tabCRLF' || doc.tokens[first].pos === 'SPACE')) first++;
    return doc.tokens[first].start;
  }));
  const out: Candidate[] = [];
  entities.forEach((e, index) => {
    if (e.type !== 'person') return;
    for (const m of e.mentions) if (starts.has(m.start)) out.push({ at: m.start, speaker: speakerOfEntity(entities, index) });
  });
  return out.sort((a, b) => a.at - b.at);
}

/** The nearest earlier candidate (speakers and subjects, merged) that fits the pronoun. */
export function antecedent(candidates: Candidate[], before: number, wants: string, gender: Gender, genders: Map<number, Gender>): ResolvedSpeaker | null {
  // "they" is a group, an organization or a source before it is one person.
  if (wants === 'plural') return antecedent(candidates, before, 'organization', null, genders) ?? antecedent(candidates, before, 'any', null, genders);
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (c.at >= before || (best && c.at <= best.at)) continue;
    const type = c.speaker.type;
    const fits = wants === 'person' ? type === 'person' : wants === 'any' ? true : type !== 'person';
    if (!fits) continue;
    if (wants === 'person' && gender && c.speaker.entity !== null) {
      const known = genders.get(c.speaker.entity);
      if (known && known !== gender) continue;
    }
    best = c;
  }
  return best?.speaker ?? null;
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
