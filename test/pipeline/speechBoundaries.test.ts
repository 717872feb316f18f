/**
 * Where the speech model's content candidates may end (model/contentCandidates.ts), on sentences
 * written for this test: not at a comma between the nouns of a list, and not at the comma that
 * closes a subordinate clause opening the content, which leaves its main clause unsaid; and where
 * they may start: not at the listener of "spoke with"; and which contents are bare phrases.
 */
import { describe, expect, it } from 'vitest';
import { tokensAndEntities } from '../../src/pipeline/index.js';
import { speechContext } from '../../src/pipeline/speech/context.js';
import { ruleStatements } from '../../src/pipeline/speech/index.js';
import { contentCandidates } from '../../src/pipeline/speech/model/contentCandidates.js';
import { isPhrase } from '../../src/pipeline/speech/model/choose.js';
import { Boundary, Side, Start } from '../../src/pipeline/speech/model/contentKinds.js';
import { cueCandidates } from '../../src/pipeline/speech/model/cueCandidates.js';
import { modelContext } from '../../src/pipeline/speech/model/modelContext.js';
import { IntSet } from '../../src/model/intSet.js';
import { modelSet } from '../../src/model/modelSet.js';
import { speechModelOf } from '../../src/pipeline/speech/model/speechModel.js';

const shipped = modelSet().get('speech');
/** The cue words PolNeAR's annotators marked, from the shipped model (the rules' and WordNet's cues count without it). */
const vocabulary = shipped ? speechModelOf(shipped).vocabulary : new IntSet(new Uint32Array(0));

/** The text of each content candidate of the cue `cue` that starts after it. */
function contentsAfter(text: string, cue: string): string[] {
  const { doc, entities } = tokensAndEntities(text);
  const ctx = speechContext(doc, entities);
  const m = modelContext(ctx, ruleStatements(ctx));
  const at = cueCandidates(doc, m.keys, vocabulary).find((c) => doc.tokens[c.head].text === cue);
  if (!at) throw new Error(`no cue candidate "${cue}"`);
  return contentCandidates(m, at)
    .filter((c) => c.first > at.last)
    .map((c) => doc.text.slice(doc.tokens[c.first].start, doc.tokens[c.last].end));
}

describe('content candidates', () => {
  it('join two quotations around their attribution, unless the second has its own cue', () => {
    const interrupted = (text: string) => {
      const { doc, entities } = tokensAndEntities(text);
      const ctx = speechContext(doc, entities);
      const m = modelContext(ctx, ruleStatements(ctx));
      const at = cueCandidates(doc, m.keys, vocabulary).find((c) => doc.tokens[c.head].text === 'said')!;
      return contentCandidates(m, at).filter((c) => c.fragments).length;
    };
    expect(interrupted('"The count was slow," said the agency, "and it will stay slow."')).toBe(1);
    expect(interrupted('"The count was slow", said the agency. "Delays deserve a recount", it added.')).toBe(0);
  });

  it('do not end at a comma inside a list of nouns', () => {
    const found = contentsAfter('Ann Veld said the fines cover cars, vans or trucks, and apply to visitors.', 'said');
    expect(found).toContain('the fines cover cars, vans or trucks');
    expect(found).not.toContain('the fines cover cars');
  });

  it('still end at a comma before a clause, a relative or "and"', () => {
    const found = contentsAfter('Ann Veld said the bridge would close, which angered drivers.', 'said');
    expect(found).toContain('the bridge would close');
    // Nouns joined by "and" that a verb follows are the next clause's subject, not a list's end.
    expect(contentsAfter('Ann Veld said the harbour is quiet, boats and crews are idle.', 'said')).toContain('the harbour is quiet');
  });

  it('do not end at the comma that closes a subordinate clause opening the content', () => {
    const found = contentsAfter('Tom Ray said that if the river rises again, the bridge will close for a week.', 'said');
    expect(found).toContain('if the river rises again, the bridge will close for a week');
    expect(found).not.toContain('if the river rises again');
  });

  it('do not start at the listener after "with"', () => {
    const found = contentsAfter('Ann Veld spoke with a visitor from the harbour town.', 'spoke');
    expect(found.filter((c) => c.startsWith('with') || c.startsWith('a visitor'))).toEqual([]);
    expect(contentsAfter('Ann Veld spoke about the plan.', 'spoke')).toContain('the plan');
  });
});

describe('a bare phrase (a content with no finite verb, reported only when the model is sure)', () => {
  /** isPhrase of the words from `from` to the end of the sentence, as the content of `cue`. */
  function phrase(text: string, cue: string, from: string): boolean {
    const { doc, entities } = tokensAndEntities(text);
    const ctx = speechContext(doc, entities);
    const m = modelContext(ctx, ruleStatements(ctx));
    const at = cueCandidates(doc, m.keys, vocabulary).find((c) => doc.tokens[c.head].text === cue)!;
    const first = doc.tokens.findIndex((t) => t.text === from);
    const last = doc.tokens.findIndex((t) => t.text === '.') - 1;
    return isPhrase(ctx, { first, last, side: Side.right, start: Start.afterCue, end: Boundary.sentence, rank: 0, rules: false }, cueMatchOf(ctx, at.head));
  }
  const cueMatchOf = (ctx: ReturnType<typeof speechContext>, head: number) =>
    ctx.cues[head] ?? { lemma: ctx.doc.tokens[head].text, first: head, last: head, cls: 'neutral' as const, strict: false, participle: false };

  it('counts a participle with its agent after its noun as no finite verb', () => {
    expect(phrase('Ann Veld praised the bridge built by the city.', 'praised', 'the')).toBe(true);
  });

  it('but a verb after its subject is one', () => {
    expect(phrase('Ann Veld said the city built the bridge.', 'said', 'the')).toBe(false);
  });
});
