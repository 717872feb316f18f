import entityWords from '../data/entityWords.json' with { type: 'json' };
import nameParticles from '../data/nameParticles.json' with { type: 'json' };

/** The title words the entity stage knows (offices, portfolios, honorifics), folded as names are. */
const TITLE_WORDS = new Set(
  [...entityWords.titleHeads, ...entityWords.titleModifiers, ...entityWords.honorifics, ...entityWords.courtesyTitles]
    .map((word) => word.toLowerCase().replace(/\./g, '')),
);
const NAME_PARTICLES = new Set(nameParticles.particles);

/** A name without the quotation marks, dashes and spaces a span may have picked up at its edges. */
export function cleanName(name: string): string {
  return name.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/[\s\u00a0]+/g, ' ');
}

/** A name as a comparison key: case, accents, dots, possessive "'s" and a leading "the" do not count. */
export function foldName(name: string): string {
  return cleanName(name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'"))
    .replace(/'s$/i, '')
    .replace(/\./g, '')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(foldName(word).replace(/[,;:]$/, ''));
}

/** A word of a name: has a capital and is no title, or is a particle ("de", "van") inside a name. */
function isNameWord(words: string[], index: number): boolean {
  const word = words[index];
  if (/\p{Lu}/u.test(word)) return !isTitleWord(word);
  return NAME_PARTICLES.has(word) && index > 0 && /\p{Lu}/u.test(words[index - 1]) && !isTitleWord(words[index - 1]);
}

/**
 * A person's name without the title in front of it: "Russian Foreign Minister Ana Vale" is
 * "Ana Vale" with the title "Russian Foreign Minister". The name is the run of words after the last
 * title word or lower-case word; when nothing would be left, the whole is the name.
 */
export function splitTitle(name: string): { name: string; title: string | null } {
  const words = cleanName(name).split(' ');
  let first = words.length;
  while (first > 0 && isNameWord(words, first - 1)) first--;
  if (first === 0 || first === words.length) return { name: words.join(' '), title: null };
  const title = cleanName(words.slice(0, first).join(' '));
  return { name: words.slice(first).join(' '), title: isPlausibleTitle(title) ? title : null };
}

/**
 * A title as news writes it ("Northland's Foreign Minister"): some title word, a few words, no
 * clause punctuation. What a span picked up before a name otherwise ("Critics of", "After the
 * leak, CEO of the") is not kept as a title.
 */
function isPlausibleTitle(title: string): boolean {
  const words = title.split(' ');
  return words.length <= 8 && !/[,;:"“”«»–—()]/.test(title) && words.some(isTitleWord) && !/^(of|and|the|for|to|in|on)$/i.test(words.at(-1) ?? '');
}

/** The words of a folded key, for comparing "Vale" with "Ana Vale". */
export function keyWords(key: string): string[] {
  return key.split(' ').filter((w) => w !== '');
}
