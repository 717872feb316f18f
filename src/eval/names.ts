/** Name comparisons of the scorer: speakers (exact and by surname) and entity forms. */

function normalizeSpace(text: string): string {
  return text.normalize('NFC').replace(/[\u2018\u2019\u02BC]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Same canonical speaker name, ignoring case and spacing. */
export function sameName(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && normalizeSpace(a) !== '' && normalizeSpace(a) === normalizeSpace(b);
}

/** The last word of a name, without possessive or punctuation: "Mr. John Smith's" → "smith". */
export function surname(name: string): string {
  const words = normalizeSpace(name).replace(/'s$/, '').split(' ');
  return (words[words.length - 1] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export function sameSurname(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const last = surname(a);
  return last !== '' && last === surname(b);
}

/** An entity form as the matcher compares it: no case, no leading "the", no possessive 's. */
export function entityKey(form: string): string {
  return normalizeSpace(form).replace(/^the /, '').replace(/'s$/, '').trim();
}

/** The last word of a name, in lower case and without punctuation ("Ann Veld's" → "veld"). */
export function lastWord(name: string): string {
  const words = name.normalize('NFKC').split(/\s+/).map(bare).filter(Boolean);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** The last capitalised word of a name ("Republican nominee Ann Veld" → "veld"), or "". */
export function lastCapitalizedWord(name: string): string {
  const words = name.normalize('NFKC').split(/\s+/).map(bare).filter((w) => /^\p{Lu}/u.test(w));
  return (words[words.length - 1] ?? '').toLowerCase();
}

function bare(word: string): string {
  return word.replace(/['\u2019]s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[^\p{L}\p{N}\s]/gu, '');
}
