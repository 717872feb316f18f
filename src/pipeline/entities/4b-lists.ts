/**
 * Pass 4b: names in a list are of one kind. In "such as Zorvan, Hestrel, Brannoc and Marta" the
 * lone names with no sign of their own (and no everyday word, as may open a sentence) take the
 * type their typed neighbours agree on, when the list has three names or more and commas.
 */
import type { EntityType } from '../../types.js';
import type { TokenView } from './0-tokens.js';
import type { Group } from './4-group.js';
import type { TypedMention } from './3-types.js';
import { COMMON_WORDS } from './lexicon.js';

const MIN_LIST = 3;

/** The untyped groups that a list types, with their type. */
export function typeByList(view: TokenView, mentions: TypedMention[], groupOf: Map<TypedMention, Group>, typeOf: Map<Group, EntityType>): Map<Group, EntityType> {
  const found = new Map<Group, EntityType>();
  let start = 0;
  let commas = 0;
  for (let i = 1; i <= mentions.length; i++) {
    if (i < mentions.length && listed(view, mentions[i - 1], mentions[i])) {
      if (view.lower[mentions[i - 1].last + 1] === ',') commas++;
      continue;
    }
    // "A and B and C" may be one name cut up; a list has commas.
    if (i - start >= MIN_LIST && commas > 0) typeList(mentions.slice(start, i), groupOf, typeOf, found);
    start = i;
    commas = 0;
  }
  return found;
}

function typeList(list: TypedMention[], groupOf: Map<TypedMention, Group>, typeOf: Map<Group, EntityType>, found: Map<Group, EntityType>): void {
  let agreed: EntityType | null = null;
  for (const m of list) {
    const type = typeOf.get(groupOf.get(m)!);
    if (!type) continue;
    if (agreed && type !== agreed) return;
    agreed = type;
  }
  if (!agreed) return;
  for (const m of list) {
    const g = groupOf.get(m)!;
    if (!typeOf.has(g) && g.mentions.length === 1 && m.first === m.last && !COMMON_WORDS.has(m.text.toLowerCase())) found.set(g, agreed);
  }
}

/** `b` follows `a` in a list: only ",", "and", "or" or ", and" between them. */
function listed(view: TokenView, a: TypedMention, b: TypedMention): boolean {
  const { lower } = view;
  const gap = b.first - a.last - 1;
  if (gap === 1) return lower[a.last + 1] === ',' || lower[a.last + 1] === 'and' || lower[a.last + 1] === 'or';
  return gap === 2 && lower[a.last + 1] === ',' && (lower[a.last + 2] === 'and' || lower[a.last + 2] === 'or');
}
