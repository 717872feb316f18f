import { buildArticle } from './build.js';

/**
 * Three short invented articles. What a reader writes down: Ana Vale speaks three times in two
 * articles (once named only "Vale"), from 2024-01-15 to 2024-03-01, as Foreign Minister of Borland,
 * about Tomas Brenner, the Borland Council and Kestrel Bank; Tomas Brenner speaks once, about her;
 * unnamed officials speak once, about her; one statement has no speaker at all.
 */
export const CORPUS = [
  buildArticle('first', '2024-03-01', [
    { name: 'Foreign Minister Ana Vale', type: 'person', aliases: ['Vale'], affiliation: 'Borland', mentions: 3 },
    { name: 'Tomas Brenner', type: 'person', mentions: 2 },
    { name: 'Borland Council', type: 'organization' },
  ], [
    { by: 'Foreign Minister Ana Vale', kind: 'direct', cue: 'say', about: ['Tomas Brenner'] },
    { by: 'Foreign Minister Ana Vale', kind: 'indirect', cue: 'warn', about: ['Borland Council'] },
    { by: 'Tomas Brenner', kind: 'indirect', cue: 'say', about: ['Foreign Minister Ana Vale'] },
  ]),
  buildArticle('second', 'January 15, 2024', [
    { name: 'Vale', type: 'person' },
    { name: 'Kestrel Bank', type: 'organization', mentions: 2 },
  ], [
    { by: 'Vale', kind: 'mixed', cue: 'add', about: ['Kestrel Bank'] },
  ]),
  buildArticle('third', '2024-05-20T08:00:00Z', [
    { name: 'Ana Vale', type: 'person' },
  ], [
    { by: { name: 'officials', type: 'anonymous', text: 'officials' }, about: ['Ana Vale'] },
    { by: { name: null, type: null } },
  ]),
];
