/**
 * GUM (amir-zeldes/gum, `dep/*.conllu`) as training documents: its named mentions of people,
 * places and organizations, and of other kinds (events, works, objects) as `misc`. GUM marks every
 * mention, pronouns and descriptions too ("the school of Dr. Ann Veld"); a mention is named
 * when its head word is a proper noun, and the name is the run of proper nouns around that head
 * ("Ann Veld", titles in front left out, as in CoNLL). Nested names inside a named mention
 * are dropped (CoNLL tags "Harborton Grammar School", not "Harborton" inside it).
 */
import { DEMONYMS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../pipeline/entities/lexicon.js';
import type { TagType } from '../../pipeline/entities/tagger/labels.js';
import type { TrainingDocument, TrainingMention } from './trainingDocument.js';

const TYPES: Record<string, TagType | undefined> = {
  person: 'person', place: 'place', organization: 'organization',
  event: 'misc', object: 'misc', abstract: 'misc', animal: 'misc', plant: 'misc', substance: 'misc',
};
/** Small words that stay inside a name between proper nouns: "Bank of England", "Tom & Jerry". */
const GLUE = new Set(['of', 'the', 'and', '&', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'di', 'da', 'for', "'s", '’s', '-', '.']);
/** A person's name goes on over particles, not over "of" or "and" ("Ann Veld of Harborworks"). */
const PERSON_GLUE = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'di', 'da', 'bin', 'al', '-', '.']);

interface Word {
  form: string;
  upos: string;
  deprel: string;
  /** Index of the head word in the document, −1 for the root. */
  head: number;
  start: number;
  end: number;
}

interface Bracket {
  first: number;
  last: number;
  type: string;
}

export function readGum(id: string, conllu: string): TrainingDocument {
  const words: Word[] = [];
  const brackets: Bracket[] = [];
  const open = new Map<string, { first: number; type: string }[]>();
  let text = '';
  let sentenceBase = 0;
  let spaceAfter = true;
  let range: { last: number; start: number; end: number; spaceAfter: boolean } | null = null;
  const separate = (gap: string) => { if (text !== '') text += gap; };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newpar')) { if (!line.startsWith('# newpar_block')) { separate('\n\n'); spaceAfter = false; } continue; }
    if (line.startsWith('#')) continue;
    if (line.trim() === '') { sentenceBase = words.length; continue; }
    const cols = line.split('\t');
    if (cols[0].includes('.')) continue;
    const misc = cols[9] ?? '_';
    if (cols[0].includes('-')) {
      const [, last] = cols[0].split('-').map(Number);
      if (spaceAfter) separate(' ');
      const start = text.length;
      text += cols[1];
      range = { last: sentenceBase + last - 1, start, end: text.length, spaceAfter: !misc.includes('SpaceAfter=No') };
      spaceAfter = range.spaceAfter;
      continue;
    }
    const index = words.length;
    let start: number;
    let end: number;
    if (range && index <= range.last) {
      // A word inside a contraction ("do" of "don't"): its place in the written form, or the whole form.
      const within = text.indexOf(cols[1], range.start);
      [start, end] = within >= range.start && within + cols[1].length <= range.end ? [within, within + cols[1].length] : [range.start, range.end];
      if (index === range.last) range = null;
    } else {
      if (spaceAfter) separate(' ');
      start = text.length;
      text += cols[1];
      end = text.length;
      spaceAfter = !misc.includes('SpaceAfter=No');
    }
    const head = Number(cols[6]);
    words.push({ form: cols[1], upos: cols[3], deprel: cols[7], head: head === 0 ? -1 : sentenceBase + head - 1, start, end });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (entity) readBrackets(entity, index, open, brackets);
  }
  return { id, text, mentions: namedMentions(words, brackets) };
}

/** "(4-organization-...(5-place-...)" opens 4, opens and closes 5; "4)" closes 4. */
function readBrackets(entity: string, index: number, open: Map<string, { first: number; type: string }[]>, out: Bracket[]): void {
  const pattern = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;
  for (let m = pattern.exec(entity); m; m = pattern.exec(entity)) {
    if (m[1] !== undefined) {
      if (m[3]) out.push({ first: index, last: index, type: m[2] });
      else open.set(m[1], [...(open.get(m[1]) ?? []), { first: index, type: m[2] }]);
    } else {
      const stack = open.get(m[4]);
      const started = stack?.pop();
      if (started) out.push({ first: started.first, last: index, type: started.type });
    }
  }
}

function namedMentions(words: Word[], brackets: Bracket[]): TrainingMention[] {
  const spans: { first: number; last: number; type: TagType }[] = [];
  for (const b of brackets) {
    const type = TYPES[b.type];
    if (!type) continue;
    let head = -1;
    for (let i = b.first; i <= b.last && head < 0; i++) if (words[i].head < b.first || words[i].head > b.last) head = i;
    if (head < 0 || words[head].upos !== 'PROPN') continue;
    // "Ann Veld and Per Tolvik": a coordination, whose names GUM also marks one by one.
    let coordinated = false;
    for (let i = b.first; i <= b.last; i++) if (words[i].deprel === 'conj' && words[i].head >= b.first && words[i].head <= b.last) coordinated = true;
    if (coordinated) continue;
    const glue = type === 'person' ? PERSON_GLUE : GLUE;
    let first = head;
    let last = head;
    while (first - 1 >= b.first && joins(words, first - 1, b.first, -1, glue)) first--;
    while (last + 1 <= b.last && joins(words, last + 1, b.last, 1, glue)) last++;
    // Titles in front are no part of the name: "Dr. Ann Veld", "President Tolvik"; a title alone names nobody.
    while (first <= last && isTitle(words[first].form)) first++;
    if (first > last || words[first].upos !== 'PROPN') continue;
    spans.push({ first, last, type });
  }
  // The outermost names win: longest first, then in order.
  spans.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Uint8Array(words.length);
  const kept: TrainingMention[] = [];
  for (const s of spans) {
    let free = true;
    for (let i = s.first; i <= s.last; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, s.first, s.last + 1);
    kept.push({ start: words[s.first].start, end: words[s.last].end, type: s.type });
  }
  // GUM marks no adjectives; CoNLL tags nationalities ("German", "Americans") misc: so do we, for one convention.
  words.forEach((w, i) => {
    const lower = w.form.toLowerCase();
    if (!taken[i] && /^\p{Lu}/u.test(w.form) && (DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1))))) {
      kept.push({ start: w.start, end: w.end, type: 'misc' });
    }
  });
  return kept.sort((a, b) => a.start - b.start);
}

/** Word i is a proper noun, or glue with a proper noun beyond it (before `limit`, going `step`). */
function joins(words: Word[], i: number, limit: number, step: number, glue: Set<string>): boolean {
  if (words[i].upos === 'PROPN') return true;
  if (!glue.has(words[i].form.toLowerCase())) return false;
  for (let j = i + step; step > 0 ? j <= limit : j >= limit; j += step) {
    if (words[j].upos === 'PROPN') return true;
    if (!glue.has(words[j].form.toLowerCase())) return false;
  }
  return false;
}

function isTitle(form: string): boolean {
  const lower = form.toLowerCase();
  return HONORIFICS.has(lower) || TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower);
}
