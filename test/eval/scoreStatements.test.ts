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
    expect(score(withMention, [predictedStatement(0, 40, 'The Minister', { mention: [60, 70] })]).speaker.lenientAccuracy).toBe(0);
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
});
