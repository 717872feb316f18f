import { describe, expect, it } from 'vitest';
import { entityScore } from '../../src/eval/report.js';
import { scoreEntities } from '../../src/eval/scoreEntities.js';
import { goldEntity, predictedEntity } from './make.js';

const score = (...args: Parameters<typeof scoreEntities>) => entityScore(scoreEntities(...args).tally);

describe('scoreEntities', () => {
  it.each([
    ['the same name', goldEntity('Tomas Brennick', 'person'), predictedEntity('Tomas Brennick', 'person')],
    ['another case', goldEntity('Tomas Brennick', 'person'), predictedEntity('TOMAS brennick', 'person')],
    ['a gold alias', goldEntity('Tomas Brennick', 'person', ['Brennick']), predictedEntity('Brennick', 'person')],
    ['a predicted alias', goldEntity('Brennick', 'person'), predictedEntity('Tomas Brennick', 'person', ['Brennick'])],
    ['a leading "the"', goldEntity('Harbour Water Board', 'organization'), predictedEntity('The Harbour Water Board', 'organization')],
    ['a possessive \'s', goldEntity('Corvane', 'organization'), predictedEntity("Corvane's", 'organization')],
    ['a curly possessive ’s', goldEntity('Corvane', 'organization'), predictedEntity('Corvane’s', 'organization')],
  ])('matches %s', (_, gold, predicted) => {
    expect(score([gold], [predicted]).micro).toMatchObject({ matched: 1, precision: 1, recall: 1, f1: 1 });
  });

  it.each([
    ['another type', goldEntity('Marlow', 'place'), predictedEntity('Marlow', 'person')],
    ['a name that only shares a word', goldEntity('Tomas Brennick', 'person'), predictedEntity('Tomas', 'person')],
    ['"the" inside a name', goldEntity('Bank of Orlen', 'organization'), predictedEntity('Bank Orlen', 'organization')],
  ])('does not match %s', (_, gold, predicted) => {
    expect(score([gold], [predicted]).micro.matched).toBe(0);
  });

  it('counts a referent split in two once as found and once as a false positive', () => {
    const s = score([goldEntity('Tomas Brennick', 'person', ['Brennick'])], [predictedEntity('Tomas Brennick', 'person'), predictedEntity('Brennick', 'person')]);
    expect(s.micro).toMatchObject({ gold: 1, predicted: 2, matched: 1, precision: 0.5, recall: 1 });
  });

  it('scores per type and micro over all types', () => {
    const gold = [goldEntity('Tomas Brennick', 'person'), goldEntity('Marlow', 'place'), goldEntity('Corvane', 'organization')];
    const predicted = [predictedEntity('Tomas Brennick', 'person'), predictedEntity('Marlow', 'person')];
    const s = score(gold, predicted);
    expect(s.byType.person).toMatchObject({ gold: 1, predicted: 2, matched: 1, precision: 0.5, recall: 1 });
    expect(s.byType.place).toMatchObject({ gold: 1, predicted: 0, matched: 0, recall: 0, f1: 0 });
    expect(s.micro).toMatchObject({ gold: 3, predicted: 2, matched: 1 });
    expect(s.micro.f1).toBeCloseTo(0.4);
    expect(Object.keys(s.byType)).toEqual(['person', 'organization', 'place']);
  });
});
