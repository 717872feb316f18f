import type { Doc, DocToken } from './doc.js';
import type { EntityMention, FoundEntity } from './stages.js';
import type { EntityType } from '../types.js';

const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'in', 'the']);
const ORG_HEADS = /^(Organization|Organisation|Union|Ministry|Agency|Party|Bank|Council|Committee|Department|Association|Company|University|Court|Police|Army|Church)$/;
const INITIATIVE_HEADS = /^(Initiative|Plan|Treaty|Charter|Act|Program|Programme|Strategy|Agreement|Protocol|Campaign|Project)$/;

function isCapitalized(token: DocToken): boolean {
  return token.type === 'word' && /^\p{Lu}/u.test(token.text);
}

/** First version: runs of capitalised words, typed by their head word. */
export function findEntities(doc: Doc): FoundEntity[] {
  const mentions: EntityMention[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i]) || tokens[i].pos !== 'PROPN') continue;
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (isCapitalized(next) && next.space !== '\n') { last++; continue; }
      if (CONNECTORS.has(next.text) && last + 2 < tokens.length && isCapitalized(tokens[last + 2])) { last += 2; continue; }
      break;
    }
    mentions.push({ first: i, last, start: tokens[i].start, end: tokens[last].end, sentence: tokens[i].sentence });
    i = last;
  }
  const byName = new Map<string, FoundEntity>();
  for (const mention of mentions) {
    const name = doc.text.slice(mention.start, mention.end);
    const existing = byName.get(name) ?? [...byName.values()].find((e) => e.name.split(' ').at(-1) === name);
    if (existing) {
      existing.mentions.push(mention);
      if (existing.name !== name && !existing.aliases.includes(name)) existing.aliases.push(name);
      continue;
    }
    byName.set(name, { type: typeOf(name), name, aliases: [], titles: [], affiliation: null, mentions: [mention] });
  }
  return [...byName.values()];
}

function typeOf(name: string): EntityType {
  const head = name.split(' ').at(-1) ?? name;
  if (ORG_HEADS.test(head)) return 'organization';
  if (INITIATIVE_HEADS.test(head)) return 'initiative';
  return name.includes(' ') ? 'person' : 'place';
}
