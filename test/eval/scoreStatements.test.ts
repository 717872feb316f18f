import { describe, expect, it } from 'vitest';
import { statementScore } from '../../src/eval/report.js';
import { scoreStatements } from '../../src/eval/scoreStatements.js';
import { goldStatement, predictedStatement } from './make.js';

const score = (...args: Parameters<typeof scoreStatements>) => statementScore(scoreStatements(...args).tally);

describe('scoreStatements', () => {
  const gold = [goldStatement(0, 40, 'Ana Velder'), goldStatement(50, 90, 'Ruth Ostrand')];

  it('scores a perfect prediction 1 everywhere', () => {
    const s = score(gold, [predictedStatement(0, 40, 'Ana Velder'), predictedStatement(50, 90, 'Ruth Ostrand')]);
    expect([s.precision, s.recall, s.f1, s.strict.f1, s.speaker.accuracy, s.endToEnd.f1]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('gives recall 0 to an empty prediction', () => {
    const s = score(gold, []);
    expect(s.recall).toBe(0);
    expect(s.f1).toBe(0);
    expect(s.precision).toBeNull();
    expect(s.speaker.accuracy).toBeNull();
  });

  it('counts every prediction as false when there is no gold', () => {
    const s = score([], [predictedStatement(0, 10, 'Ana Velder')]);
    expect([s.precision, s.f1]).toEqual([0, 0]);
  });

  it('matches a half overlap at 0.5 but not at the strict 0.8', () => {
    const s = score([gold[0]], [predictedStatement(0, 20, 'Ana Velder')]);
    expect(s.matched).toBe(1);
    expect(s.f1).toBe(1);
    expect(s.strict.matched).toBe(0);
    expect(s.strict.f1).toBe(0);
  });

  it('does not match a span that overlaps less than half', () => {
    const s = score([gold[0]], [predictedStatement(25, 60, 'Ana Velder')]);
    expect([s.matched, s.precision, s.recall]).toEqual([0, 0, 0]);
  });

  it('finds the statement but fails the speaker and end to end when the speaker is wrong', () => {
    const s = score([gold[0]], [predictedStatement(0, 40, 'Ruth Ostrand')]);
    expect(s.f1).toBe(1);
    expect(s.speaker.accuracy).toBe(0);
    expect(s.speaker.lenientAccuracy).toBe(0);
    expect(s.endToEnd.f1).toBe(0);
  });

  it('compares speaker names without case or extra spaces', () => {
    const s = score([gold[0]], [predictedStatement(0, 40, 'ana  VELDER')]);
    expect(s.speaker.accuracy).toBe(1);
  });

  it('is lenient about the same surname', () => {
    const s = score([gold[0]], [predictedStatement(0, 40, 'Velder')]);
    expect(s.speaker.accuracy).toBe(0);
    expect(s.speaker.lenientAccuracy).toBe(1);
  });

  it('is lenient about a speaker mention overlapping the gold mention', () => {
    const withMention = [goldStatement(0, 40, 'Ana Velder', { sourceText: 'the minister', sourceStart: 45, sourceEnd: 57 })];
    expect(score(withMention, [predictedStatement(0, 40, 'The Minister', { mention: [49, 57] })]).speaker.lenientAccuracy).toBe(1);
    expect(score(withMention, [predictedStatement(0, 40, 'The Mayor', { mention: [60, 70] })]).speaker.lenientAccuracy).toBe(0);
  });

  it('is lenient, as the independent scorer is, about the gold mention written out or its last capitalised word', () => {
    const withMention = [goldStatement(0, 40, 'he', { sourceText: 'he', sourceStart: 45, sourceEnd: 47 })];
    expect(score(withMention, [predictedStatement(0, 40, null, { mention: [60, 62] })]).speaker.lenientAccuracy).toBe(0);
    const titled = [goldStatement(0, 40, 'Republican nominee Ana Velder')];
    expect(score(titled, [predictedStatement(0, 40, 'A. Velder')]).speaker.lenientAccuracy).toBe(1);
    expect(score(titled, [predictedStatement(0, 40, 'Ana Vel')]).speaker.lenientAccuracy).toBe(0);
  });

  it('gives no speaker credit to a statement without a speaker', () => {
    const s = score([gold[0]], [predictedStatement(0, 40, null)]);
    expect([s.speaker.accuracy, s.speaker.lenientAccuracy]).toEqual([0, 0]);
  });

  it('counts recall by the gold kind, precision by the predicted kind', () => {
    const direct = [goldStatement(0, 40, 'Ana Velder', { kind: 'direct' })];
    const s = score(direct, [predictedStatement(0, 40, 'Ana Velder', { kind: 'indirect' })]);
    expect(s.byKind.direct).toMatchObject({ gold: 1, predicted: 0, recall: 1, precision: null });
    expect(s.byKind.indirect).toMatchObject({ gold: 0, predicted: 1, recall: null, precision: 1 });
    expect(s.kindAccuracy).toBe(0);
  });

  it('breaks recall and speaker accuracy down by gold speaker type', () => {
    const mixed = [gold[0], goldStatement(50, 90, 'Officials', { speakerType: 'anonymous' })];
    const s = score(mixed, [predictedStatement(0, 40, 'Ana Velder'), predictedStatement(50, 90, null)]);
    expect(s.bySpeakerType.person).toMatchObject({ gold: 1, matched: 1, recall: 1, speakerAccuracy: 1 });
    expect(s.bySpeakerType.anonymous).toMatchObject({ gold: 1, matched: 1, recall: 1, speakerAccuracy: 0, endToEndRecall: 0 });
  });

  it('compares a gold content in pieces as their union, as the independent scorer does', () => {
    // Pieces 0–20 and 30–50: a prediction over 0–50 overlaps 40 of 50 characters.
    const pieces = [goldStatement(0, 50, 'Ana Velder', { frags: [[0, 20], [30, 50]] })];
    expect(score(pieces, [predictedStatement(0, 50, 'Ana Velder')]).strict.matched).toBe(1);
    expect(score(pieces, [predictedStatement(0, 15, 'Ana Velder')]).matched).toBe(0);
  });

  it('counts a gold belief (speech: false) for precision when found, and for nothing when missed', () => {
    const beliefs = [gold[0], goldStatement(50, 90, 'Ana Velder', { speech: false })];
    const found = score(beliefs, [predictedStatement(0, 40, 'Ana Velder'), predictedStatement(50, 90, 'Ana Velder')]);
    expect(found).toMatchObject({ gold: 1, predicted: 2, matched: 1, precision: 1, recall: 1 });
    const missed = score(beliefs, [predictedStatement(0, 40, 'Ana Velder')]);
    expect(missed).toMatchObject({ gold: 1, matched: 1, recall: 1 });
  });

  it('matches each fragment of a predicted statement to gold that lists the pieces as statements of their own', () => {
    const split = [goldStatement(0, 20, 'Ana Velder'), goldStatement(40, 60, 'Ana Velder')];
    const whole = predictedStatement(0, 60, 'Ana Velder');
    whole.content.fragments = [{ text: '', start: 0, end: 20, sentence: 0 }, { text: '', start: 40, end: 60, sentence: 0 }];
    expect(score(split, [whole])).toMatchObject({ gold: 2, predicted: 1, matched: 2, precision: 1, recall: 1 });
    // Without fragments the same span overlaps neither piece by half.
    expect(score(split, [predictedStatement(0, 60, 'Ana Velder')]).matched).toBe(0);
  });
});
