/** The word lists speech attribution reads, loaded once from src/data and indexed for O(1) look-up. */
import cueData from '../../data/cues.json' with { type: 'json' };
import speakerWords from '../../data/speakerWords.json' with { type: 'json' };
import type { Doc } from '../doc.js';
import { hashLower } from '../../model/hash.js';
import { IntSet } from '../../model/intSet.js';

export type CueClass = 'neutral' | 'emphasis' | 'addition' | 'evaluative';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  /** Also has a common non-speech sense: needs a clause marker or a comma pattern to count. */
  strict: boolean;
  particle?: string;
  /** Reports through an object and its description: "described the plan as reckless", "called it “a mistake”". */
  takesAs?: boolean;
  /** Names the listener first: "told reporters (that) ...", "asked the council to ...". */
  takesObject?: boolean;
  /** Takes an object, so "C, X criticised." reports nothing. */
  needsObject?: boolean;
}

export interface CueMatch extends CueEntry {
  first: number;
  last: number;
  /** -ing form ("adding that ..."), which takes its speaker from the main clause. */
  participle: boolean;
}

const cueByForm = new Map<string, CueEntry>();
const listedForms: number[] = [];
/** The shortest cue form ("ask", "say"): shorter tokens need no look-up. */
const MIN_CUE_LENGTH = 3;
for (const c of cueData.cues) {
  const entry: CueEntry = { lemma: c.lemma, cls: c.class as CueClass, strict: 'strict' in c && c.strict === true };
  if ('particle' in c && typeof c.particle === 'string') entry.particle = c.particle;
  if ('takesAs' in c && c.takesAs === true) entry.takesAs = true;
  if ('takesObject' in c && c.takesObject === true) entry.takesObject = true;
  if ('needsObject' in c && c.needsObject === true) entry.needsObject = true;
  for (const form of c.forms) {
    if (!cueByForm.has(form)) cueByForm.set(form, entry);
    listedForms.push(hashLower(form));
  }
}

/** The forms of the cue list, hashed as `hashLower` hashes a token. */
export const LISTED_FORMS = new IntSet(listedForms);

const set = (words: string[]) => new Set(words);
export const words = {
  pronouns: new Map(Object.entries(speakerWords.pronouns)),
  anonymousHeads: set(speakerWords.anonymousHeads),
  groupHeads: set(speakerWords.groupHeads),
  groupDeterminers: set(speakerWords.groupDeterminers),
  organizationHeads: set(speakerWords.organizationHeads),
  titleWords: set(speakerWords.titleWords),
  determiners: set(speakerWords.determiners),
  negations: set(speakerWords.negations),
  adverbs: set(speakerWords.interveningAdverbs),
  beForms: set(speakerWords.beForms),
  clauseOpeners: set(speakerWords.clauseOpeners),
  documentHeads: set(speakerWords.documentHeads),
  timeNouns: set(speakerWords.timeNouns),
  headKin: speakerWords.headKin,
  feminine: speakerWords.feminine,
  masculine: speakerWords.masculine,
};

/** The cue verb at token i ("said", "pointed out"), or null. Nouns and adjectives never count. */
export function cueAt(doc: Doc, i: number): CueMatch | null {
  const token = doc.tokens[i];
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && token.pos !== 'NOUN' && token.pos !== 'PROPN') return null;
  if (token.text.length < MIN_CUE_LENGTH) return null;
  // Most words are no cue form: the hash says so without building a lower-case string (the forms
  // are ASCII, so a word whose lower case is one hashes as that form does).
  if (!LISTED_FORMS.has(hashLower(token.text))) return null;
  const lower = token.text.toLowerCase();
  const entry = cueByForm.get(lower);
  if (!entry) return null;
  // wink-nlp tags some verbs as nouns ("Says", "claims", "and claim she ...", "critics say is"):
  // s-forms, forms after "and" and forms between a plural subject and a finite verb may pass.
  const afterAnd = doc.tokens[i - 1]?.text.toLowerCase() === 'and';
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !afterAnd && !(lower.endsWith('s') && lower !== entry.lemma) && !betweenSubjectAndVerb(doc, i)) return null;
  let last = i;
  if (entry.particle) {
    const next = doc.tokens[i + 1];
    if (!next || next.text.toLowerCase() !== entry.particle) return null;
    last = i + 1;
  }
  return { ...entry, first: i, last, participle: lower.endsWith('ing') };
}

const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'has', 'have', 'had']);

/** "critics say is a camp": a bare form after a plural noun or pronoun and before a finite verb. */
function betweenSubjectAndVerb(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (!prev || !next || !FINITE_AUX.has(next.text.toLowerCase())) return false;
  return (prev.pos === 'NOUN' && prev.text.endsWith('s')) || words.pronouns.get(prev.text.toLowerCase()) === 'plural';
}

export function lower(doc: Doc, i: number): string {
  return doc.tokens[i]?.text.toLowerCase() ?? '';
}

/** Whether a word is a form of a cue verb, whatever its tag ("and claim she ..."). */
export function isCueForm(text: string): boolean {
  return cueByForm.has(text.toLowerCase());
}
