/**
 * Pass 3a: a name and its short form, one in parentheses after the other. "Northern Fisheries
 * Council (NFC)" and "NFC (Northern Fisheries Council)" both make "NFC" an alias of the long
 * name, even when the short form is also an English word ("PETS") or a name in another order.
 */
import { isAcronym, type TokenView } from './0-tokens.js';
import type { TypedMention } from './3-types.js';

/** Mention index of the long name → its short form. */
export function parentheticalAcronyms(view: TokenView, mentions: TypedMention[]): Map<number, string> {
  const found = new Map<number, string>();
  const { tokens } = view.doc;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [m, next] = [mentions[i], mentions[i + 1]];
    if (next.first !== m.last + 2 || tokens[m.last + 1].text !== '(' || tokens[next.last + 1]?.text !== ')') continue;
    if (m.first !== m.last && isShortForm(next)) found.set(i, next.text);
    else if (next.first !== next.last && isShortForm(m)) found.set(i + 1, m.text);
  }
  return found;
}

const isShortForm = (m: TypedMention) => m.first === m.last && (m.acronym || isAcronym(m.text));
