/**
 * The shipped entity model (models/entities.model) on sentences written for this test: people,
 * companies, clubs, ministries and places. Where the rules alone get a sentence wrong (a club
 * written as its city's name), the model must put it right; elsewhere it must keep what they get.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readModelFile } from '../../src/model/modelFile.js';
import { findEntities, type EntityTagger } from '../../src/pipeline/entities/index.js';
import { entityTaggerOf } from '../../src/pipeline/entities/tagger/model.js';
import { tokenize } from '../../src/pipeline/tokenize.js';

const MODEL = fileURLToPath(new URL('../../models/entities.model', import.meta.url));

describe('the shipped entity model', () => {
  let tagger: EntityTagger;
  beforeAll(() => { tagger = entityTaggerOf(readModelFile(MODEL)); });

  const named = (text: string, withModel = true) =>
    findEntities(tokenize(text), { tagger: withModel ? tagger : null })
      .sort((a, b) => a.mentions[0].start - b.mentions[0].start)
      .map((e) => `${e.type}:${e.name}`);

  it('is at most 6 MB', () => {
    expect(statSync(MODEL).size).toBeLessThanOrEqual(6 * 1024 * 1024);
  });

  it('names a chief executive, her company and a city', () => {
    expect(named('Maria Fernandez, the chief executive of Corvex Industries, said on Tuesday that the company would cut 200 jobs in Lyon.'))
      .toEqual(['person:Maria Fernandez', 'organization:Corvex Industries', 'place:Lyon']);
  });

  it('types clubs written as a city name as organizations, where the rules alone do not', () => {
    const text = 'Leeds beat Chelsea 3-0 on Sunday. Leeds now lead the table by four points, and their manager said the team had earned it.';
    expect(named(text, false)).not.toEqual(['organization:Leeds', 'organization:Chelsea']);
    expect(named(text)).toEqual(['organization:Leeds', 'organization:Chelsea']);
  });

  it('takes the club a player scores for as an organization, the player as a person', () => {
    expect(named('Alan Shearer scored twice for Newcastle. Shearer said afterwards that the win mattered.'))
      .toEqual(['person:Alan Shearer', 'organization:Newcastle']);
  });

  it('names ministries as organizations, and the places and people around them', () => {
    expect(named('The Ministry of Finance said inflation in Kenya had slowed to 5 percent in March.'))
      .toEqual(['organization:Ministry of Finance', 'place:Kenya']);
    expect(named('The Home Office and the Foreign Ministry in Berlin declined to comment, a spokeswoman for Chancellor Olaf Scholz said.'))
      .toEqual(['organization:Home Office', 'organization:Foreign Ministry', 'place:Berlin', 'person:Olaf Scholz']);
  });

  it('takes a nationality and a rank off the front of a person the tagger is sure of, the rank as the title', () => {
    const people = (text: string) => findEntities(tokenize(text), { tagger }).filter((e) => e.type === 'person').map((e) => [e.name, e.titles]);
    expect(people('Their leader, Ruritanian President Jorek Valtan, met him on Friday.')).toEqual([['Jorek Valtan', ['President']]]);
    expect(people('The army chief, Major-General Oren Baskir, took a group of journalists to the front.')).toEqual([['Oren Baskir', ['Major-General']]]);
  });

  it('keeps a place a headline writes after a person\'s surname, where the pair is dropped as a modifier', () => {
    const text = 'President backs Lebrun Velkburg peace plan\n\nPresident Mira Kask has endorsed security chief Andre Lebrun\'s peace plan for Velkburg, the agency said. "Lebrun is now in Velkburg solving problems," the agency quoted Kask as saying.';
    expect(named(text)).toEqual(['person:Mira Kask', 'person:Andre Lebrun', 'place:Velkburg']);
  });

  it('reads a dateline in capitals as a place and the coach in the story as a person', () => {
    expect(named('ROTTERDAM 1996-08-30\n\nThe club sacked coach Arie Haan on Friday after a home defeat.'))
      .toEqual(['place:ROTTERDAM', 'person:Arie Haan']);
  });

  it('tells a city in a dateline from the club named after it: two entities, a place and a body', () => {
    expect(named('LEEDS 1996-08-30\n\nLeeds beat Chelsea 2-1 on Saturday. Leeds manager Tom Hale said the win mattered.'))
      .toEqual(['place:LEEDS', 'organization:Leeds', 'organization:Chelsea', 'person:Tom Hale']);
  });

  // Not yet: here the dateline's place, strong evidence from the rules, carries the tagger with it,
  // which then is not sure enough (0.7) that the club's mentions are a body.
  it.fails('tells them apart where the club is named once in the sentence after the dateline', () => {
    expect(named('MILAN 2024-05-02\n\nMilan beat Juventus 2-1 on Sunday. Milan coach Stefano Pioli said the win mattered.'))
      .toEqual(['place:MILAN', 'organization:Milan', 'organization:Juventus', 'person:Stefano Pioli']);
  });

  it('gives every entity it decides a confidence between 0 and 1', () => {
    const entities = findEntities(tokenize('Leeds beat Chelsea 3-0 on Sunday in Leeds.'), { tagger });
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is calibrated: its temperature was fitted on dev data, and a doubtful type gets a low confidence', () => {
    expect(Number(readModelFile(MODEL).header.temperature)).toBeGreaterThan(1);
    const confidence = (text: string) => new Map(findEntities(tokenize(text), { tagger }).map((e) => [e.name, e.confidence ?? -1]));
    // The first Leeds is the club, the second the city: the tagger is far from sure the entity is a place.
    const match = confidence('Leeds beat Chelsea 3-0 on Sunday in Leeds.');
    expect(match.get('Leeds')).toBeLessThan(0.7);
    const plain = confidence('The minister, Ann Veld, said on Monday that Norvia Holdings would close its plant.');
    expect(plain.get('Ann Veld')).toBeGreaterThan(0.9);
    expect(plain.get('Norvia Holdings')).toBeGreaterThan(0.9);
  });
});
