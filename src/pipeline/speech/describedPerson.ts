/**
 * A description that the text gives a named person as an apposition: "the Australian woman" (or a
 * headline's "Australian woman") is the "Ann Veld, an Australian woman and former diver," of the
 * article. An indefinite description ("a woman") introduces someone new and is left alone.
 */
import type { Doc, TextRange } from '../doc.js';
import type { FoundEntity } from '../stages.js';

const APPOSITION_ARTICLES = [', a ', ', an ', ', the '];

export class DescribedPersons {
  private lowerText: string | undefined;
  private personEnds: Map<number, number> | undefined;

  constructor(private readonly doc: Doc, private readonly entities: FoundEntity[]) {}

  /** The person entity the phrase describes, or -1. */
  personFor(phrase: TextRange): number {
    const { doc } = this;
    let first = phrase.first;
    const lead = doc.tokens[first].text.toLowerCase();
    if (lead === 'the') first++;
    else if (doc.tokens[first].pos === 'DET' || doc.tokens[first].pos === 'PRON') return -1;
    if (first > phrase.last) return -1;
    const core = doc.text.slice(doc.tokens[first].start, phrase.end).toLowerCase();
    const text = (this.lowerText ??= doc.text.toLowerCase());
    const ends = (this.personEnds ??= personEnds(this.entities));
    for (const article of APPOSITION_ARTICLES) {
      const pattern = article + core;
      for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
        const after = text.charAt(at + pattern.length);
        if (/[\p{L}\p{N}]/u.test(after)) continue;
        const person = ends.get(at);
        if (person !== undefined) return person;
      }
    }
    return -1;
  }
}

/** Where each person mention ends, to its entity. */
function personEnds(entities: FoundEntity[]): Map<number, number> {
  const out = new Map<number, number>();
  entities.forEach((e, index) => {
    if (e.type === 'person') for (const m of e.mentions) out.set(m.end, index);
  });
  return out;
}
