/**
 * Tokens that are no part of any name, told from their form alone: a lower-case word of more than
 * four letters ("would", "government"), or a lower-case word or a mark with no capital or digit on
 * either side ("of" between "Bank" and "England" may be inside a name; "of" in "the rest of the"
 * is not). Such a token is labelled O without its features being scored. In CoNLL++ train, the
 * words inside names with no capital or digit are "of", "and", "'s", "de", "&", "van", "for",
 * "the", "der", "in" and a few others, short and between capitals.
 */
import type { DocToken } from '../../doc.js';

/** The score of a name's label on a token that cannot be in one: never chosen. */
export const NEVER = -1e9;

const UPPER_OR_DIGIT = /[\p{Lu}\p{Nd}]/u;

/** 1 where the token may be part of a name. */
export function nameable(tokens: DocToken[], out: Uint8Array): Uint8Array {
  const n = tokens.length;
  const strong = new Uint8Array(n);
  for (let i = 0; i < n; i++) strong[i] = hasUpperOrDigit(tokens[i].text) ? 1 : 0;
  for (let i = 0; i < n; i++) {
    if (strong[i]) { out[i] = 1; continue; }
    const t = tokens[i];
    if (t.type === 'tabCRLF') { out[i] = 0; continue; }
    if (t.type === 'word' && t.text.length > 4) { out[i] = 0; continue; }
    out[i] = (i > 0 && strong[i - 1]) || (i + 1 < n && strong[i + 1]) ? 1 : 0;
  }
  return out;
}

/** `UPPER_OR_DIGIT` on the text, read code by code while it is ASCII (where only A–Z and 0–9 count). */
function hasUpperOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return UPPER_OR_DIGIT.test(text);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}
