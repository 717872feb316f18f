/**
 * Pass 4a: one person, spelt two ways. Copy has slips: "Karin Veld" and "Karen Veld" (the same
 * surname, given names one edit apart) are one person, named by the form written more often (the
 * first on a tie); a lone "Velde" one edit from the surname of "Karin Veld" is a slip for her too,
 * if it is a word of five letters or more that names nothing else (two edits for surnames of eight
 * letters or more, with the same first letter).
 */
import type { EntityType } from '../../types.js';
import type { Group } from './4-group.js';
import { isAcronym } from './0-tokens.js';
import { GIVEN_NAMES, PLACES } from './lexicon.js';

export interface TypedGroup {
  group: Group;
  type: EntityType;
}

const MIN_SLIP_LENGTH = 5;
/** Given names this short are often two people ("Jan", "Jon"). */
const MIN_GIVEN_LENGTH = 4;

export function joinMisspellings(entities: TypedGroup[]): TypedGroup[] {
  const people = entities.filter((e) => e.type === 'person' && e.group.name.text.includes(' '));
  if (people.length === 0) return entities;
  const gone = new Set<TypedGroup>();
  const bySurname = new Map<string, TypedGroup[]>();
  for (const p of people) {
    const same = bySurname.get(surnameOf(p.group.name.text));
    if (same) same.push(p); else bySurname.set(surnameOf(p.group.name.text), [p]);
  }
  for (const same of bySurname.values()) {
    for (let i = 0; i < same.length; i++) {
      for (let j = i + 1; j < same.length; j++) {
        if (gone.has(same[i]) || gone.has(same[j]) || !givenSlip(same[i].group.name.text, same[j].group.name.text)) continue;
        join(same[i].group, same[j].group);
        gone.add(same[j]);
      }
    }
  }
  // A lone slip and the one person whose surname it misspells; most articles have none.
  const slips: [TypedGroup, TypedGroup][] = [];
  const surnames = [...bySurname.keys()];
  for (const e of entities) {
    if (!isLoneSlip(e, e.group.name.text)) continue;
    const word = e.group.name.text.toLowerCase();
    if (!surnames.some((name) => surnameSlip(name, word))) continue;
    const owners = people.filter((p) => !gone.has(p) && surnameSlip(surnameOf(p.group.name.text), word));
    if (owners.length === 1) slips.push([e, owners[0]]);
  }
  if (slips.length > 0) {
    // How many entities use each word: a lone slip is a word no other name uses.
    const uses = new Map<string, number>();
    for (const e of entities) for (const w of new Set(e.group.name.text.toLowerCase().split(/[\s-]+/))) uses.set(w, (uses.get(w) ?? 0) + 1);
    for (const [e, owner] of slips) {
      if (uses.get(e.group.name.text.toLowerCase()) !== 1) continue;
      join(owner.group, e.group, false);
      gone.add(e);
    }
  }
  return gone.size === 0 ? entities : entities.filter((e) => !gone.has(e));
}

/** A lone name that may be a slip: one word, long enough, and no given name, place or acronym. */
function isLoneSlip(e: TypedGroup, word: string): boolean {
  const lower = word.toLowerCase();
  if (word.includes(' ') || lower.length < MIN_SLIP_LENGTH || e.group.strength >= 3 || e.group.mentions.some((m) => m.acronym || m.place)) return false;
  return !GIVEN_NAMES.has(lower) && !PLACES.has(lower) && !isAcronym(word) && !word.includes('-');
}

/** Two names with the same surname: their given names are one edit apart. */
function givenSlip(a: string, b: string): boolean {
  const [givenA, givenB] = [a.slice(0, a.indexOf(' ')), b.slice(0, b.indexOf(' '))];
  return givenA.length >= MIN_GIVEN_LENGTH && givenB.length >= MIN_GIVEN_LENGTH
    && oneEditApart(givenA.toLowerCase(), givenB.toLowerCase());
}

const surnameOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/** `into` takes `from`'s mentions; the name is the form written more often, the first on a tie. */
function join(into: Group, from: Group, mayRename = true): void {
  if (mayRename) {
    const [a, b] = [timesWritten(into), timesWritten(from)];
    if (b > a || (b === a && from.name.first < into.name.first)) into.name = from.name;
  }
  into.mentions.push(...from.mentions);
  into.mentions.sort((x, y) => x.first - y.first);
  into.strength = Math.max(into.strength, from.strength);
}

const timesWritten = (g: Group) => g.mentions.filter((m) => m.text === g.name.text).length;

/** A long surname may carry two slips ("Brennermann", "Brenerman"); a short one only one. */
const MIN_TWO_SLIPS_LENGTH = 8;

function surnameSlip(surname: string, word: string): boolean {
  if (oneEditApart(surname, word)) return true;
  return surname.length >= MIN_TWO_SLIPS_LENGTH && word.length >= MIN_TWO_SLIPS_LENGTH && surname[0] === word[0] && editsAtMost(surname, word, 2);
}

/** Whether at most `max` letters inserted, dropped or changed turn a into b (a band of the edit table). */
function editsAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, next[j]);
    }
    if (best > max) return false;
    row = next;
  }
  return row[b.length] <= max;
}

/** Exactly one letter inserted, dropped or changed. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
