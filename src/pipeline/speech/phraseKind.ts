/** What a speaker phrase is, from its words: a pronoun, a proper name, a title, an organization noun, a group or an anonymous source. */
import { rangeOf, type Doc, type TextRange } from '../doc.js';
import { words } from './lexicon.js';
import { isWebsiteDot } from './context.js';
import { isCapitalized, posOf } from './speakerMention.js';
import { joinsNames } from './nounPhrase.js';

export type PhraseKind =
  | { kind: 'pronoun'; wants: 'person' | 'plural' | 'organization' }
  | { kind: 'name'; organization: boolean }
  | { kind: 'title'; head: string }
  | { kind: 'organization'; head: string }
  | { kind: 'group' }
  /** Named speakers joined by "and" ("the Port Authority and the City Council"). */
  | { kind: 'names'; parts: TextRange[] }
  | { kind: 'anonymous' };

export function classifyPhrase(doc: Doc, phrase: TextRange, source: TextRange, headIndex = phrase.last): PhraseKind {
  const parts = namedParts(doc, phrase);
  if (parts) return { kind: 'names', parts };
  const whole = source.start === phrase.start && source.end === phrase.end;
  // "other papers such as Harbour Weekly": a description whose head comes before a name.
  const head = doc.tokens[whole && headIndex < source.last ? headIndex : source.last];
  const headWord = head.text.toLowerCase();
  if (source.first === source.last && head.pos === 'PRON' && !isAcronym(head.text)) {
    const wants = words.pronouns.get(headWord);
    if (wants === 'person' || wants === 'plural' || wants === 'organization') return { kind: 'pronoun', wants };
  }
  const named = !whole || (posOf(doc, head.index) === 'PROPN' && isCapitalized(head)) || isAcronym(head.text);
  const phraseHead = doc.tokens[headIndex].text.toLowerCase();
  // "Minister says ...": a title alone names nobody by itself.
  if (source.first === source.last && words.titleWords.has(headWord) && !isAcronym(head.text)) return { kind: 'title', head: headWord };
  // "Officials said" is a source noun capitalised at the start; "the Harbour Post said" is a name.
  if (named && (isCapitalized(head) || isWebsiteDot(doc, source.last - 1)) && (source.first < source.last || !words.anonymousHeads.has(headWord))) {
    return { kind: 'name', organization: words.organizationHeads.has(headWord) };
  }
  let determiner = false;
  for (let k = phrase.first; k < phrase.last; k++) if (words.groupDeterminers.has(doc.tokens[k].text.toLowerCase())) determiner = true;
  if (determiner && words.groupHeads.has(phraseHead)) return { kind: 'group' };
  if (words.organizationHeads.has(phraseHead)) return { kind: 'organization', head: phraseHead };
  // "the spokeswoman" is someone named before; "a spokeswoman" is an anonymous source.
  const definite = doc.tokens[phrase.first].text.toLowerCase() === 'the';
  if (words.titleWords.has(phraseHead) && (definite || !words.anonymousHeads.has(phraseHead))) return { kind: 'title', head: phraseHead };
  return { kind: 'anonymous' };
}

/** "WHO", "NATO": capitals only, so a name even where the tagger saw "who". */
function isAcronym(text: string): boolean {
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** "(Both) the Port Authority and the City Council": two capitalised names joined by "and". */
function namedParts(doc: Doc, phrase: TextRange): TextRange[] | null {
  for (let k = phrase.first + 1; k < phrase.last; k++) {
    if (!joinsNames(doc, k, phrase.last, phrase.first)) continue;
    let right = k + 1;
    if (words.determiners.has(doc.tokens[right].text.toLowerCase())) right++;
    let left = phrase.first;
    while (left < k && !isCapitalized(doc.tokens[left])) left++;
    if (left >= k) return null;
    return [rangeOf(doc, left, k - 1), rangeOf(doc, right, phrase.last)];
  }
  return null;
}
