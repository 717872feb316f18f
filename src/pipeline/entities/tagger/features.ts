/**
 * All the features of a token, as the keys training reads: the words around it (`wordFeatures.ts`),
 * its context (`context.ts`), word pairs, and in the second pass the first pass's verdicts
 * (`documentFeatures.ts`). The tagger reaches the same sums by other means (`tagger.ts`): word
 * features per distinct word, the others from dense tables; a test holds the two to each other.
 */
import { featureKey } from '../../../model/hash.js';
import type { Doc } from '../../doc.js';
import { analyseByRules, type RuleAnalysis } from '../rules.js';
import { CONTEXT, CONTEXT_COUNT, contextValues, type Template } from './context.js';
import { DOCUMENT, DOCUMENT_COUNT } from './documentFeatures.js';
import type { KeyList } from './keyList.js';
import { SLOTS, CENTRE, edgeKeys, lowerHashOf, wordKeys } from './wordFeatures.js';

/** Bumped whenever a feature changes, so that a model file made with other features is refused. */
export const FEATURE_VERSION = 1;

export const BIGRAM_BEFORE = 50;
export const BIGRAM_AFTER = 51;
export const EDGE_HASH = 0x5eed;

/** An article as both passes see it. */
export interface TaggerInput {
  doc: Doc;
  rules: RuleAnalysis;
  context: Uint16Array;
  lowerHash: Uint32Array;
}

export function taggerInput(doc: Doc, rules: RuleAnalysis = analyseByRules(doc)): TaggerInput {
  const n = doc.tokens.length;
  const lowerHash = new Uint32Array(n);
  for (let i = 0; i < n; i++) lowerHash[i] = lowerHashOf(doc.tokens[i].text);
  return { doc, rules, context: contextValues(rules), lowerHash };
}

export function denseKey(template: Template, value: number): number {
  return featureKey(template.id, value);
}

/**
 * The keys of token i; `documentValues` (from the first pass's labels) only for the second pass.
 * Without `identity`, which training drops for some tokens, the token's own word is left out (its
 * form, lower case, affixes, the word pairs it is in), so that the model learns to name a word it has
 * never seen from its shape, its context and the rules, not only from the words it knows.
 */
export function tokenKeys(input: TaggerInput, i: number, documentValues: Uint16Array | null, out: KeyList, identity = true): void {
  const { doc, rules, context, lowerHash } = input;
  const n = doc.tokens.length;
  for (let slot = 0; slot < SLOTS; slot++) {
    const j = i + slot - CENTRE;
    if (j < 0 || j >= n) edgeKeys(slot, out);
    else wordKeys(doc.tokens[j].text, rules.view.lower[j], slot, out, identity || slot !== CENTRE);
  }
  for (let t = 0; t < CONTEXT_COUNT; t++) out.push(denseKey(CONTEXT[t], context[i * CONTEXT_COUNT + t]));
  if (identity) {
    out.push(featureKey(BIGRAM_BEFORE, i > 0 ? lowerHash[i - 1] : EDGE_HASH, lowerHash[i]));
    out.push(featureKey(BIGRAM_AFTER, lowerHash[i], i + 1 < n ? lowerHash[i + 1] : EDGE_HASH));
  }
  if (documentValues) for (let t = 0; t < DOCUMENT_COUNT; t++) out.push(denseKey(DOCUMENT[t], documentValues[i * DOCUMENT_COUNT + t]));
}
