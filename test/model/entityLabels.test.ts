import { describe, expect, it } from 'vitest';
import { LABELS, O, TAG_TYPES, allowedTransitions, labelIn, spansOf, typeOfLabel } from '../../src/pipeline/entities/tagger/labels.js';
import { viterbi } from '../../src/model/sequence.js';

const person = TAG_TYPES.indexOf('person');
const place = TAG_TYPES.indexOf('place');

describe('BILOU labels of the name tagger', () => {
  it('label a name of one, two and three tokens, and read the spans back', () => {
    const labels = [O, labelIn(person, 0, 2), labelIn(person, 1, 2), O, labelIn(place, 0, 1), labelIn(place, 0, 3), labelIn(place, 1, 3), labelIn(place, 2, 3)];
    expect(spansOf(labels, 0, labels.length)).toEqual([
      { first: 1, last: 2, type: person }, { first: 4, last: 4, type: place }, { first: 5, last: 7, type: place },
    ]);
    expect(typeOfLabel(labels[6])).toBe(place);
  });

  it('forbid a name going on after O or changing type inside', () => {
    const allowed = allowedTransitions();
    const ok = (from: number, to: number) => allowed[(from + 1) * LABELS + to] === 1;
    expect(ok(O, labelIn(person, 1, 3))).toBe(false);
    expect(ok(-1, labelIn(person, 2, 3))).toBe(false);
    expect(ok(labelIn(person, 0, 2), labelIn(place, 1, 2))).toBe(false);
    expect(ok(labelIn(person, 0, 2), labelIn(person, 1, 2))).toBe(true);
    expect(ok(labelIn(person, 0, 2), O)).toBe(false);
    expect(ok(labelIn(person, 1, 2), O)).toBe(true);
  });

  it('decode, on hand-set scores, the best allowed labelling rather than each token its best label', () => {
    // Token 0 prefers B-person a little, token 1 prefers U-place: B then U is not allowed (a name
    // left open), so the best allowed path is B-person L-person (3 + 2) over O U-place (0 + 4).
    const emissions = new Float64Array(2 * LABELS);
    emissions[labelIn(person, 0, 2)] = 3;
    emissions[LABELS + labelIn(person, 1, 2)] = 2;
    emissions[LABELS + labelIn(place, 0, 1)] = 4;
    const transitions = new Float32Array((LABELS + 1) * LABELS);
    const allowed = allowedTransitions();
    for (let i = 0; i < transitions.length; i++) if (!allowed[i]) transitions[i] = -Infinity;
    const out = new Int32Array(2);
    viterbi(emissions, 2, LABELS, transitions, out);
    expect([...out]).toEqual([labelIn(person, 0, 2), labelIn(person, 1, 2)]);
  });
});
