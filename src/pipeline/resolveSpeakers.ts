/**
 * Each statement's speaker, resolved to an entity where one is named: a name or surname → its
 * entity; "he"/"she" → the last person who spoke (or was named) before; "they"/"it" → the last
 * group, organization or source; "the minister" → the person who carries that title; "the
 * ministry" → the organization with that head word; "officials", "a source" → anonymous;
 * "the two sides" → group. Unresolved phrases keep their words as the name.
 */
import { rangeOf, type Doc, type TextRange } from './doc.js';
import { words } from './speech/lexicon.js';
import { sentenceBounds } from './speech/context.js';
import type { FoundEntity, FoundStatement, ResolvedSpeaker } from './stages.js';
import { MentionIndex, PersonNames, entityByAcronym, entityByHead, hasKin, leadingName, personWithTitle, speakerOfEntity } from './speech/entityLookup.js';
import { classifyPhrase } from './speech/phraseKind.js';
import { DescribedPersons } from './speech/describedPerson.js';
import { antecedent, genderOf, PersonGenders, personsNamedBetween, sentenceSubjects, type Candidate } from './speech/pronouns.js';

export function resolveSpeakers(doc: Doc, entities: FoundEntity[], statements: FoundStatement[]): ResolvedSpeaker[] {
  const resolved: ResolvedSpeaker[] = new Array(statements.length);
  const order = statements.map((_, i) => i).sort((a, b) => mentionStart(statements[a]) - mentionStart(statements[b]));
  const spoken: Candidate[] = [];
  const mentions = new MentionIndex(entities);
  let built: PronounContext | undefined;
  const pronouns = (): PronounContext => (built ??= {
    subjects: sentenceSubjects(doc, entities, 'person', names),
    organizations: sentenceSubjects(doc, entities, 'organization', names),
    genders: new PersonGenders(doc, entities),
  });
  const names = new PersonNames(entities);
  const context: Context = { mentions, names, pronouns, described: new DescribedPersons(doc, entities) };
  const byMention = new Map<number, ResolvedSpeaker>();
  for (const i of order) {
    const s = statements[i];
    const source = s.source;
    if (!source) {
      resolved[i] = s.inheritsFrom !== undefined && resolved[s.inheritsFrom] ? resolved[s.inheritsFrom] : { name: null, entity: null, type: null };
      continue;
    }
    const cached = byMention.get(source.start);
    const speaker = cached ?? resolveOne(doc, entities, s, spoken, context);
    byMention.set(source.start, speaker);
    resolved[i] = speaker;
    if (speaker.name !== null) spoken.push({ at: source.start, speaker });
  }
  return resolved;
}

function mentionStart(s: FoundStatement): number {
  return s.source?.start ?? s.content.start;
}

interface PronounContext {
  subjects: Candidate[];
  organizations: Candidate[];
  genders: PersonGenders;
}

interface Context {
  mentions: MentionIndex;
  names: PersonNames;
  /** Built on the first pronoun only: most statements name their speaker. */
  pronouns: () => PronounContext;
  described: DescribedPersons;
}

function resolveOne(doc: Doc, entities: FoundEntity[], s: FoundStatement, spoken: Candidate[], context: Context): ResolvedSpeaker {
  // "Ann Veld, who said ...": the relative pronoun is the mention, its antecedent names the speaker.
  if (s.antecedent) {
    const { phrase, head, source } = s.antecedent;
    return resolveOne(doc, entities, { ...s, source, speakerPhrase: phrase, speakerHead: head, antecedent: undefined }, spoken, context);
  }
  const source = s.source!;
  const phrase = s.speakerPhrase ?? source;
  const kind = classifyPhrase(doc, phrase, source, s.speakerHead);
  const text = doc.text.slice(source.start, source.end);
  const phraseText = doc.text.slice(phrase.start, phrase.end);
  switch (kind.kind) {
    case 'pronoun': {
      const { subjects, organizations, genders } = context.pronouns();
      const gender = genderOf(text);
      // "Veld's sister pleaded with him, but he replied": a person of the pronoun's known gender named earlier in its sentence.
      const sentenceStart = doc.sentences[doc.tokens[source.first].sentence].start;
      const inSentence = gender ? personsNamedBetween(entities, sentenceStart, source.start, context.names).filter((c) => c.speaker.entity !== null && genders.of(c.speaker.entity) === gender) : [];
      const lists = kind.wants === 'person' ? [spoken, subjects, inSentence] : [spoken, organizations];
      const found = antecedent(lists, source.start, kind.wants, gender, genders);
      return found ?? { name: null, entity: null, type: null };
    }
    case 'name': {
      // A surname alone is the person of that surname, however the entity stage typed the word.
      const bySurname = text.includes(' ') ? -1 : context.names.bySurname(text);
      if (bySurname >= 0) return speakerOfEntity(entities, bySurname, context.names);
      const byAcronym = entityByAcronym(entities, text);
      if (byAcronym >= 0) return speakerOfEntity(entities, byAcronym, context.names);
      const entity = context.mentions.entityAt(source.start, source.end);
      if (entity >= 0) {
        const speaker = speakerOfEntity(entities, entity, context.names);
        // The phrase names more of the person than the entity stage found ("Al-Veld" for "Veld").
        const fuller = speaker.name !== null && extendsName(text, speaker.name);
        if (fuller && speaker.type === 'person') return { ...speaker, name: text };
        // A person's name ending in a word the entity stage took for a place or organization.
        if (fuller && !kind.organization && text.includes(' ')) return { name: text, entity: null, type: 'person' };
        return speaker;
      }
      // "The Church said" after "the Church of Harbour": the organization named before with that word.
      if (kind.organization && !text.includes(' ')) {
        const org = entityByHead(entities, text.toLowerCase(), source.start);
        if (org >= 0) return speakerOfEntity(entities, org, context.names);
      }
      // "Articles in medical journals said": a source noun capitalised only because it opens the sentence.
      if (phrase.last > source.last && isSourceNounOpeningSentence(doc, source)) return { name: phraseText, entity: null, type: 'anonymous' };
      return { name: text, entity: null, type: kind.organization ? 'organization' : 'person' };
    }
    case 'title': {
      const person = personWithTitle(doc, entities, kind.head, source.start);
      if (person >= 0) return speakerOfEntity(entities, person, context.names);
      return { name: phraseText, entity: null, type: 'anonymous' };
    }
    case 'organization': {
      // "the Acme news agency": the name before the head noun names the organization.
      const named = leadingName(doc, phrase);
      if (named) {
        // Only an organization's name: "the Chilean government" is not Chile.
        const entity = context.mentions.entityAt(named.start, named.end);
        if (entity >= 0 && entities[entity].type === 'organization') return speakerOfEntity(entities, entity, context.names);
      }
      const org = entityByHead(entities, kind.head, source.start);
      if (org >= 0) return speakerOfEntity(entities, org, context.names);
      return { name: phraseText, entity: null, type: 'organization' };
    }
    case 'group':
      return { name: phraseText, entity: null, type: 'group' };
    case 'names': {
      // Joint speakers: each part by its entity's name where it has one.
      const names = kind.parts.map((part) => {
        const entity = context.mentions.entityWithin(part.start, part.end);
        return entity >= 0 ? speakerOfEntity(entities, entity, context.names).name : doc.text.slice(part.start, part.end);
      });
      return { name: names.join(' and '), entity: null, type: 'group' };
    }
    default: {
      // "Veld's statement added": the statement speaks for its author.
      const owner = possessor(doc, phrase, s.speakerHead ?? phrase.last);
      if (owner) {
        const entity = context.mentions.entityAt(owner.start, owner.end);
        if (entity >= 0) return speakerOfEntity(entities, entity, context.names);
        // An owner the entity stage missed is still named: "Harbour Weekly's analysis".
        const name = doc.text.slice(owner.start, owner.end);
        const person = context.names.bySurname(name);
        return person >= 0 ? speakerOfEntity(entities, person, context.names) : { name, entity: null, type: 'organization' };
      }
      // "the authors" after "the report's authors": the source named before with that head word.
      const head = doc.tokens[s.speakerHead ?? phrase.last].text.toLowerCase();
      const definite = doc.tokens[phrase.first].text.toLowerCase() === 'the';
      // "The report" alone: the study or survey named before.
      if (definite && phrase.last === phrase.first + 1 && hasKin(head)) {
        const named = entityByHead(entities, head, source.start);
        if (named >= 0) return speakerOfEntity(entities, named, context.names);
      }
      if (definite) {
        for (let k = spoken.length - 1; k >= 0; k--) {
          const earlier = spoken[k].speaker;
          if (earlier.type === 'anonymous' && earlier.name !== null && earlier.name.toLowerCase().endsWith(` ${head}`)) return earlier;
        }
      }
      // "the Australian woman" for "Ann Veld, an Australian woman, ...".
      const described = context.described.personFor(phrase);
      if (described >= 0) return speakerOfEntity(entities, described, context.names);
      return { name: phraseText, entity: null, type: 'anonymous' };
    }
  }
}

/** One word opening its sentence that, in lower case or in the singular, is a source or document noun. */
function isSourceNounOpeningSentence(doc: Doc, range: TextRange): boolean {
  if (range.first !== range.last || sentenceBounds(doc, range.first)[0] !== range.first) return false;
  const word = doc.tokens[range.first].text.toLowerCase();
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
  return [word, singular].some((w) => words.anonymousHeads.has(w) || words.documentHeads.has(w));
}

/**
 * "Omar Al-Veld" for an entity "Veld", or "Ann Veld" for "Veld": the written name is the fuller one.
 * Not "Ohio Ann Veld" for "Ann Veld", where the extra word belongs to a title before the name.
 */
function extendsName(text: string, name: string): boolean {
  if (text.length <= name.length || !text.endsWith(name)) return false;
  const joint = text.charAt(text.length - name.length - 1);
  if (joint === '-') return true;
  return !name.includes(' ') && !text.slice(0, text.length - name.length - 1).includes(' ');
}

const AUTHOR_LINKS = new Set(['from', 'by']);

/**
 * The author of a document or a speech: the name before "'s" ("Veld's statement", "Harbour
 * Weekly's analysis") or after "from" or "by" ("a statement from the Harbour Agency").
 */
function possessor(doc: Doc, phrase: TextRange, head: number): TextRange | null {
  if (!words.documentHeads.has(doc.tokens[head].text.toLowerCase())) return null;
  if (AUTHOR_LINKS.has(doc.tokens[head + 1]?.text.toLowerCase() ?? '') && head + 2 <= phrase.last) {
    let first = head + 2;
    if (words.determiners.has(doc.tokens[first].text.toLowerCase())) first++;
    let last = first;
    while (last + 1 <= phrase.last && doc.tokens[last + 1].pos === 'PROPN') last++;
    return first <= phrase.last && doc.tokens[first].pos === 'PROPN' ? rangeOf(doc, first, last) : null;
  }
  for (let k = phrase.first + 1; k < head; k++) {
    const t = doc.tokens[k].text;
    if (t !== "'s" && t !== '’s') continue;
    if (doc.tokens[k - 1].pos !== 'PROPN') return null;
    let first = k - 1;
    while (first > phrase.first && doc.tokens[first - 1].pos === 'PROPN') first--;
    return rangeOf(doc, first, k - 1);
  }
  return null;
}
