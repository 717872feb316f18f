/** Finding the entity a speaker phrase points to, through the mentions of the entity stage. */
import type { Doc, TextRange } from '../doc.js';
import type { FoundEntity, ResolvedSpeaker } from '../stages.js';
import { words } from './lexicon.js';

const TITLE_REACH = 40;
const TITLE_LINKS = new Set(['of', 'for', 'to', 'at']);

export function speakerOfEntity(entities: FoundEntity[], index: number, names?: PersonNames): ResolvedSpeaker {
  const e = entities[index];
  if (e.type !== 'person') return { name: e.name, entity: index, type: 'organization' };
  const name = personalName(e.name);
  if (!name.includes(' ')) {
    // A surname alone ("Veld", or "Dr. Veld" as its own entity): the fuller name of the same person.
    const fuller = names ? names.bySurname(name) : -1;
    if (fuller >= 0 && fuller !== index) return { name: personalName(entities[fuller].name), entity: fuller, type: 'person' };
  }
  return { name, entity: index, type: 'person' };
}

/** Persons by the first and last word of their name and by alias, the fullest name first. */
export class PersonNames {
  private readonly byWord = new Map<string, number>();

  constructor(entities: FoundEntity[]) {
    const length = (index: number) => personalName(entities[index].name).length;
    entities.forEach((e, index) => {
      if (e.type !== 'person') return;
      const parts = personalName(e.name).split(' ');
      const keys = parts.length < 2 ? e.aliases : [parts[0], parts[parts.length - 1], ...e.aliases];
      for (const key of keys) {
        const known = this.byWord.get(key);
        if (known === undefined || length(index) > length(known)) this.byWord.set(key, index);
      }
    });
  }

  /** A person whose name begins or ends with the word ("Veld" → "Ann Veld", "Wen" → "Wen Bo"), or -1. */
  bySurname(surname: string): number {
    return this.byWord.get(surname) ?? -1;
  }
}

const personalNames = new Map<string, string>();
const PERSONAL_NAME_CACHE = 10_000;

/** A person's name without the titles before it ("Foreign Minister Ann Veld" → "Ann Veld"). */
export function personalName(name: string): string {
  let known = personalNames.get(name);
  if (known === undefined) {
    if (personalNames.size >= PERSONAL_NAME_CACHE) personalNames.clear();
    known = stripTitles(name);
    personalNames.set(name, known);
  }
  return known;
}

function stripTitles(name: string): string {
  const parts = name.split(' ');
  let lastTitle = -1;
  parts.forEach((part, i) => {
    if (i < parts.length - 1 && words.titleWords.has(part.toLowerCase())) lastTitle = i;
    // "Governor of Ohio Ann Veld": a title's one-word complement goes with it.
    if (i > 0 && i + 2 < parts.length && TITLE_LINKS.has(part) && words.titleWords.has(parts[i - 1].toLowerCase())) lastTitle = i + 1;
  });
  const rest = parts.slice(lastTitle + 1);
  // "Ann Veld for the Harbour Agency": a name runs up to the first lower-case word ("al-Amr" is a name's).
  const cut = rest.findIndex((part, i) => i > 0 && /^\p{Ll}/u.test(part) && !/^\p{Ll}+-\p{Lu}/u.test(part));
  return (cut > 0 ? rest.slice(0, cut) : rest).join(' ');
}

interface IndexedMention {
  start: number;
  end: number;
  entity: number;
}

/** Every entity mention in text order, for look-ups by position in O(log n). */
export class MentionIndex {
  private readonly mentions: IndexedMention[] = [];
  private longest = 0;

  constructor(entities: FoundEntity[]) {
    entities.forEach((e, entity) => {
      for (const m of e.mentions) {
        this.mentions.push({ start: m.start, end: m.end, entity });
        this.longest = Math.max(this.longest, m.end - m.start);
      }
    });
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The entity of a mention lying wholly inside [start, end) and ending with it, or -1. */
  entityWithin(start: number, end: number): number {
    const best = this.entityAt(start, end);
    if (best < 0) return -1;
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.mentions.length && this.mentions[k].start < end; k++) {
      const m = this.mentions[k];
      if (m.end <= end && m.end >= end - 1 && m.entity === best) return best;
    }
    return -1;
  }

  /**
   * The entity of the mention overlapping [start, end) that ends with it and covers most of it
   * ("Ann Veld", not "Peru", in "Ambassador to Peru Ann Veld"), or -1.
   */
  entityAt(start: number, end: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    let bestScore = -Infinity;
    for (let k = lo - 1; k >= 0 && this.mentions[k].start >= start - this.longest; k--) {
      const m = this.mentions[k];
      if (m.end <= start) continue;
      const score = (m.end >= end ? end : 0) * 2 - Math.max(m.start, start);
      if (score > bestScore) { best = m.entity; bestScore = score; }
    }
    return best;
  }
}

/** The person that carries a title word ("the minister"): in its titles, or written right before a mention earlier on. */
export function personWithTitle(doc: Doc, entities: FoundEntity[], title: string, before: number): number {
  let best = -1;
  let bestAt = -1;
  entities.forEach((e, index) => {
    if (e.type !== 'person') return;
    const titled = e.titles.some((t) => t.toLowerCase().split(' ').includes(title));
    for (const m of e.mentions) {
      if (m.start >= before || m.start <= bestAt) continue;
      const lead = doc.text.slice(Math.max(0, m.start - TITLE_REACH), m.end).toLowerCase();
      if (titled || lead.includes(title)) { best = index; bestAt = m.start; }
    }
  });
  return best;
}

const kinOf = new Map<string, string[]>();
for (const kin of words.headKin) for (const word of kin) kinOf.set(word, kin);

/** Whether the head word has kin ("report": study, survey, ...). */
export function hasKin(head: string): boolean {
  return kinOf.has(head);
}

/**
 * The organization whose name holds the head word ("the ministry" → "Ministry of Finance"), nearest
 * before; or whose name begins or ends with a word of the same kind ("the city" → "Municipality of
 * Springfield", "the report" → "National Fish Survey"), which may be typed a place or an initiative.
 */
export function entityByHead(entities: FoundEntity[], head: string, before: number): number {
  const kin = kinOf.get(head) ?? [];
  let best = -1;
  let bestAt = -1;
  entities.forEach((e, index) => {
    if (e.type === 'person' || (kin.length === 0 && e.type !== 'organization')) return;
    const parts = e.name.toLowerCase().split(' ');
    const byHead = e.type === 'organization' && parts.includes(head);
    const byKin = parts.length > 1 && (kin.includes(parts[0]) || kin.includes(parts[parts.length - 1]));
    if (!byHead && !byKin) return;
    for (const m of e.mentions) if (m.start < before && m.start > bestAt) { best = index; bestAt = m.start; }
  });
  return best;
}

/** "WHO" for "World Health Organization": an organization whose capitalised words spell the acronym. */
export function entityByAcronym(entities: FoundEntity[], acronym: string): number {
  if (acronym.length < 2 || acronym.length > 8 || acronym !== acronym.toUpperCase() || acronym.includes(' ')) return -1;
  return entities.findIndex((e) => {
    if (e.type !== 'organization' || e.name === acronym) return false;
    let initials = '';
    for (const word of e.name.split(' ')) if (word.charAt(0) !== word.charAt(0).toLowerCase()) initials += word.charAt(0);
    return initials === acronym;
  });
}

/** The proper-name run that opens a phrase before its lower-case head ("Acme" in "the Acme news agency"). */
export function leadingName(doc: Doc, phrase: TextRange): TextRange | null {
  let k = phrase.first;
  if (words.determiners.has(doc.tokens[k].text.toLowerCase())) k++;
  const first = k;
  while (k <= phrase.last && doc.tokens[k].pos === 'PROPN' && doc.tokens[k].text.charAt(0) !== doc.tokens[k].text.charAt(0).toLowerCase()) k++;
  if (k === first || k > phrase.last) return null;
  return { first, last: k - 1, start: doc.tokens[first].start, end: doc.tokens[k - 1].end };
}
