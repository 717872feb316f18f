/**
 * Generators of article texts, from news-like to hostile. Every name here is invented;
 * sentences are assembled from parts so that shrinking finds the smallest failing one.
 */
import fc from 'fast-check';

const FIRST = ['Ilse', 'Orlan', 'Dagny', 'Tomasz', 'Liesl', 'Corvin', 'Mireille', 'Kofi', 'Yara', 'Bo'];
const LAST = ['Marrow', 'Vesk', 'Quill', 'Lonnberg', 'Brisk', 'Okafor-Lind', "O'Hare", 'van der Sluis', 'Tanaka', 'Ferrando'];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'spokeswoman', 'spokesman', 'Mr.', 'Ms.', 'Dr.', 'Senator', 'Chief Executive'];
const ORGS = ['the Ministry of Harbours', 'Northwind Bank', 'the Council of Lakes', 'Greyfield University', 'the Tidewater Party', 'the Union of Millers'];
const PLACES = ['Lake Varn', 'Ostrava Bay', 'New Kelling', 'the Upper Brae', 'Port Amsel'];
const INITIATIVES = ['the Clean Rivers Plan', 'the Harbour Accord', 'the Silverline Initiative'];
const PRONOUNS = ['he', 'she', 'they', 'it', 'He', 'She', 'They', 'It'];
const ANONYMOUS = ['officials', 'a source', 'the two sides', 'the minister', 'the ministry', 'analysts', 'a spokesperson'];
const CUES = ['said', 'says', 'told reporters', 'added', 'noted', 'stressed', 'warned', 'claimed', 'insisted', 'stated', 'announced', 'emphasized'];
const WORDS = ['the', 'plan', 'will', 'not', 'work', 'we', 'are', 'ready', 'to', 'talk', 'with', 'and', 'growth', 'is', 'slow', 'a', 'very', 'good', 'day', 'for', 'trade', 'peace', 'talks', 'failed', 'this', 'week', '2023', '15%', '$4 million', 'Monday', "don't", "it's"];
const END = ['.', '!', '?', '...', '', ';'];

/** Opening and closing marks of every style, and pairs that do not match. */
const QUOTES: [string, string][] = [
  ['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['« ', ' »'], ['„', '“'], ['‚', '‘'], ['»', '«'], ['「', '」'], ['『', '』'], ['‹', '›'],
  ['“', '"'], ['"', '”'], ['”', '“'], ['“', ''], ['', '”'], ['"', ''], ['', '"'], ['‘', '”'], ['«', '”'],
];

export const personName = fc.oneof(
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`),
  fc.constantFrom(...LAST),
  fc.tuple(fc.constantFrom(...TITLES), fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([t, f, l]) => `${t} ${f} ${l}`),
);

export const speaker = fc.oneof(
  { weight: 4, arbitrary: personName },
  { weight: 2, arbitrary: fc.constantFrom(...ORGS) },
  { weight: 2, arbitrary: fc.constantFrom(...PRONOUNS) },
  { weight: 1, arbitrary: fc.constantFrom(...ANONYMOUS) },
);

const namedThing = fc.oneof(personName, fc.constantFrom(...ORGS, ...PLACES, ...INITIATIVES));

/** A clause: words, now and then a name, an organization, a place or an initiative. */
export const clause = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: namedThing }), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));

const quote = fc.constantFrom(...QUOTES);
const cue = fc.constantFrom(...CUES);
const end = fc.constantFrom(...END);

/** One sentence in one of the shapes news uses to report speech, or none. */
export const newsSentence = fc.oneof(
  fc.tuple(quote, clause, speaker, cue, end).map(([[o, c], content, who, verb, e]) => `${o}${content},${c} ${who} ${verb}${e}`),
  fc.tuple(quote, clause, speaker, cue).map(([[o, c], content, who, verb]) => `${o}${content},${c} ${verb} ${who}.`),
  fc.tuple(speaker, cue, clause, end).map(([who, verb, content, e]) => `${who} ${verb} that ${content}${e}`),
  fc.tuple(speaker, cue, quote, clause).map(([who, verb, [o, c], content]) => `${who} ${verb}: ${o}${content}.${c}`),
  fc.tuple(quote, clause, speaker, cue, clause).map(([[o, c], a, who, verb, b]) => `${o}${a},${c} ${who} ${verb}, ${o}${b}.${c}`),
  fc.tuple(speaker, clause, end).map(([who, content, e]) => `According to ${who}, ${content}${e}`),
  fc.tuple(speaker, cue, quote, clause, clause).map(([who, verb, [o, c], a, b]) => `${who} ${verb} ${a}, calling it ${o}${b}${c}.`),
  fc.tuple(quote, clause, quote, clause).map(([[o1, c1], a, [o2, c2], b]) => `${o1}${a} ${o2}${b}${c2} and more${c1}`),
  fc.tuple(clause, end).map(([content, e]) => `${content.charAt(0).toUpperCase()}${content.slice(1)}${e}`),
);

/** Characters that break naive text handling. */
const HOSTILE = [
  '😀', '👍🏽', '👨‍👩‍👧', '🇺🇳', '𝐀', '𠀀', 'e\u0301', '\u0301', 'ñ', '\u200d', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066',
  'مرحبا', 'שלום', '\u00a0', '\u2009', '\u3000', '\u2028', '\u2029', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\t', '\v', '\f',
  '\uFEFF', '\uD800', '\uDFFF', '\r', '\n', '\r\n', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '-', '—', '…', '.', ',', ':', '(', ')',
];
export const hostileChar = fc.constantFrom(...HOSTILE);

/** Any text at all: arbitrary code points, lone surrogates, hostile characters. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: hostileChar, maxLength: 40 }),
  fc.string({ unit: fc.oneof(hostileChar, fc.constantFrom('a', 'B', ' ', 'said', 'Ilse Marrow')), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'"“”‘’\'«»„‚‹›「」'), maxLength: 60 }),
);

/** A very long token or a very long line. */
export const longText = fc.oneof(
  fc.tuple(fc.constantFrom('x', 'ab-', '"', 'a.', '😀', 'e\u0301', '“'), fc.integer({ min: 200, max: 3000 })).map(([unit, n]) => unit.repeat(n)),
  fc.array(newsSentence, { minLength: 5, maxLength: 30 }).map((s) => s.join(' ')),
);

const lineEnd = fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n  \n', '\r\n\t\r\n', '\u2029');

/** A paragraph: news sentences, now and then with hostile characters inserted anywhere. */
const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(newsSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')) },
  { weight: 2, arbitrary: fc.tuple(fc.array(newsSentence, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), hostileChar), { maxLength: 6 })).map(([s, inserts]) => insertAll(s.join(' '), inserts)) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '   \u00a0 ') },
  { weight: 1, arbitrary: longText },
);

/** An article: paragraphs joined by line ends of every kind, sometimes with a header and a headline. */
export const articleText = fc.tuple(
  fc.option(fc.constantFrom('From Harbour Gazette, April 3, 2021.', 'Tuesday, 14 March 2023', 'Port Amsel, Varnland – ', 'Talks Resume At Lake Varn')),
  fc.array(fc.tuple(paragraph, lineEnd), { minLength: 1, maxLength: 6 }),
).map(([head, paragraphs]) => (head === null ? '' : head + '\n') + paragraphs.map(([p, e]) => p + e).join(''));

function insertAll(text: string, inserts: [number, string][]): string {
  let out = text;
  for (const [at, char] of inserts) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + char + out.slice(i);
  }
  return out;
}
