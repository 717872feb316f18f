/**
 * wink-nlp's per-word features, computed once per word for the life of the process.
 *
 * Each article is read from the lexicon wink-nlp was loaded with (`winkEngine.ts`), so the words it
 * learns are learned again in every article that has them, and learning a word computes its
 * features: its shape (eight regular-expression passes), its default part of speech, its case and
 * so on, about a third of all wink-nlp does for a news article. These features are pure functions
 * of the word and its token category (measured on wink-eng-lite-web-model 1.8.1: shape, prefix,
 * suffix, lutCase and isAbbrev read the word alone; pos reads the word and, through the cache, the
 * part of speech of its lower case in the lexicon as loaded, which never changes), so remembering
 * them changes nothing but the time. What wink-nlp does with a feature's value (giving it an index
 * in its tables, which are reset per article) is left to wink-nlp.
 */

type Feature = (word: string, category: number, cache: unknown) => unknown;
type FeatureMethods = Record<string, Feature>;
export type FeatureFactory = (config: unknown) => FeatureMethods;

/** The features worth remembering: the others are a slice or a single test, cheaper than a look-up. */
const REMEMBERED = ['shape', 'pos', 'lutCase'];

/** Past this many words a table starts afresh, so memory stays bounded over millions of articles. */
const MAX_WORDS = 200_000;

/**
 * The same factory, whose methods remember their answers by category and word. The methods
 * are built once per configuration (wink-nlp asks again with each fresh cache).
 */
export function rememberingFeatures(factory: FeatureFactory): FeatureFactory {
  const built = new Map<unknown, FeatureMethods>();
  return (config) => {
    let methods = built.get(config);
    if (!methods) {
      methods = Object.assign(Object.create(null) as FeatureMethods, factory(config));
      for (const name of REMEMBERED) {
        const feature = methods[name];
        if (typeof feature === 'function') methods[name] = remembering(feature);
      }
      built.set(config, methods);
    }
    return methods;
  };
}

function remembering(feature: Feature): Feature {
  const byCategory: Map<string, unknown>[] = [];
  return (word, category, cache) => {
    const known = (byCategory[category] ??= new Map());
    let value = known.get(word);
    if (value === undefined && !known.has(word)) {
      value = feature(word, category, cache);
      if (known.size >= MAX_WORDS) known.clear();
      known.set(word, value);
    }
    return value;
  };
}
