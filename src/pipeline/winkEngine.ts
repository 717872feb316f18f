/**
 * wink-nlp, made a pure function of each document.
 *
 * wink-nlp adds every word it has not seen to its lexicon for the life of the instance, and how it
 * splits and tags a run depends on what is there: after "5 p.m.'We are done," the text "'We will
 * win," comes out as one PROPN token `'We`. An article's tokens, sentences and statements would
 * then depend on the articles read before it, and on which worker read them.
 *
 * The lexicon of learned words lives in two places: the model's feature tables
 * (`model.features[f].hash/list/index`, shared and growing) and an array private to wink-nlp's
 * `cache` module. The model's tables are cut back to the size they had when loaded, and the
 * cache is built afresh over them, before every document: about 12 µs and the words the
 * document itself brings, so every document is read from the same state. wink-nlp's `cache.js`
 * is swapped for a factory that can do so while this module loads its own copy of wink-nlp, and
 * put back at once, so that any other user of wink-nlp in the process is left as it was.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import { rememberingFeatures, type FeatureFactory } from './winkFeatures.js';

type Wink = ReturnType<typeof winkNLP>;
type WinkFactory = typeof winkNLP;
type CacheMethods = Record<string, unknown>;
type CacheFactory = (model: WinkModel, featureFn: FeatureFactory) => CacheMethods;

interface FeatureTable {
  hash: Record<string, number>;
  list: string[];
  index: number;
}

interface WinkModel {
  features: Record<string, Partial<FeatureTable> | undefined>;
}

export interface FreshWink {
  nlp: Wink;
  /** Forgets every word learned since the model was loaded; call before each document. */
  forget(): void;
}

const require = createRequire(import.meta.url);

export function loadFreshWink(pipe: string[]): FreshWink {
  const cachePath = require.resolve('wink-nlp/src/cache.js');
  const winkPath = require.resolve('wink-nlp');
  const cacheModule = require.cache[cachePath] ?? (require(cachePath), require.cache[cachePath]!);
  const original = cacheModule.exports as CacheFactory;
  const winkModule = require.cache[winkPath];

  let forget: (() => void) | undefined;
  cacheModule.exports = (model: WinkModel, wordFeatures: FeatureFactory) => {
    // Each article learns its new words afresh; their features are worked out once (winkFeatures.ts).
    const featureFn = rememberingFeatures(wordFeatures);
    const cache = Object.create(null) as CacheMethods;
    Object.assign(cache, original(model, featureFn));
    const tables = learningTables(model);
    forget = () => {
      for (const [table, size] of tables) {
        for (let i = size; i < table.list.length; i++) delete table.hash[table.list[i]];
        table.list.length = size;
        table.index = size;
      }
      // Every holder of the cache (automata, documents) keeps this object: new methods, same object.
      Object.assign(cache, original(model, featureFn));
    };
    return cache;
  };
  try {
    delete require.cache[winkPath];
    const factory = require('wink-nlp') as WinkFactory;
    const nlp = factory(require('wink-eng-lite-web-model'), pipe);
    if (!forget) throw new Error('statements: expected wink-nlp to build its cache through cache.js, found it did not');
    return { nlp, forget };
  } finally {
    cacheModule.exports = original;
    if (winkModule) require.cache[winkPath] = winkModule;
    else delete require.cache[winkPath];
  }
}

/** The model's tables that grow as words are learned, each with the size it was loaded with. */
function learningTables(model: WinkModel): [FeatureTable, number][] {
  const tables: [FeatureTable, number][] = [];
  for (const table of Object.values(model.features)) {
    if (table && Array.isArray(table.list) && table.hash && typeof table.index === 'number') {
      tables.push([table as FeatureTable, table.list.length]);
    }
  }
  return tables;
}
