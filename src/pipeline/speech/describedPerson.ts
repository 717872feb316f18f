/**
 * A description that the text gives a named person as an apposition: "the Australian woman" (or a
 * headline's "Australian woman") is the "Ann Veld, an Australian woman and former diver," of the
 * article, and "the 45-year-old" is the "Ann Veld, 45,". An indefinite description ("a woman")
 * introduces someone new and is left alone.
 */
import type { Doc, TextRange } from '../doc.js';
import type { FoundEntity } from '../stages.js';

const APPOSITION_ARTICLES = [', a ', ', an ', ', the '];
const AGE_APPOSITION = /^, (\d{1,3}),/;
const AGE_DESCRIPTION = /^(\d{1,3})-years?-old$/;
/** ", the " and ", 100," are the longest starts looked for. */
const LONGEST_APPOSITION_START = 7;

interface Apposition {
  /** Where the description after ", a " starts. */
  at: number;
  person: number;
  /** The age in ", 45,", if that is the apposition. */
  age?: string;
}

export class DescribedPersons {
  private appositions: Apposition[] | undefined;

  constructor(private readonly doc: Doc, private readonly entities: FoundEntity[]) {}

  /** The person entity the phrase describes, or -1. */
  personFor(phrase: TextRange): number {
    const { doc } = this;
    const appositions = (this.appositions ??= this.find());
    if (appositions.length === 0) return -1;
    let first = phrase.first;
    if (doc.tokens[first].text.toLowerCase() === 'the') first++;
    else if (doc.tokens[first].pos === 'DET' || doc.tokens[first].pos === 'PRON') return -1;
    if (first > phrase.last) return -1;
    const core = doc.text.slice(doc.tokens[first].start, phrase.end).toLowerCase();
    const age = AGE_DESCRIPTION.exec(core);
    if (age) return appositions.find((a) => a.age === age[1])?.person ?? -1;
    for (const { at, person } of appositions) {
      if (doc.text.slice(at, at + core.length).toLowerCase() !== core) continue;
      if (!/[\p{L}\p{N}]/u.test(doc.text.charAt(at + core.length))) return person;
    }
    return -1;
  }

  /** Every ", a ..." right after a person mention, once per article. */
  private find(): Apposition[] {
    const out: Apposition[] = [];
    this.entities.forEach((e, person) => {
      if (e.type !== 'person') return;
      for (const m of e.mentions) {
        const after = this.doc.text.slice(m.end, m.end + LONGEST_APPOSITION_START).toLowerCase();
        const article = APPOSITION_ARTICLES.find((a) => after.startsWith(a));
        if (article) out.push({ at: m.end + article.length, person });
        const age = AGE_APPOSITION.exec(after);
        if (age) out.push({ at: m.end, person, age: age[1] });
      }
    });
    return out.sort((a, b) => a.at - b.at);
  }
}
