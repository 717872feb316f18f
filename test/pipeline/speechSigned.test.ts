/**
 * Paragraphs signed on the line after them (speech/signedParagraphs.ts), as press releases print
 * them, on texts written for this test: the signer's statement, with no cue; not a byline, not a
 * line that says something itself, not a paragraph another statement already holds.
 */
import { tableOf } from './speechRows.js';

const table = tableOf(['speaker', 'cue', 'kind', 'content']);
const STATEMENT = 'We will keep the harbour open through the winter, whatever the storms bring.';

table('a paragraph signed by a person on the line after it', [
  [`The port closed early on Monday.\n\n${STATEMENT}\n\nAnn Veld, Harbour Commissioner\n\nShips waited offshore.`,
    [{ speaker: 'Ann Veld', cue: null, kind: 'direct', content: STATEMENT }]],
  [`The port closed early on Monday.\n\n${STATEMENT}\n\nAnn Veld\n\nShips waited offshore.`,
    [{ speaker: 'Ann Veld', cue: null, kind: 'direct', content: STATEMENT }]],
]);

table('no signature', [
  // A byline: a reporter signs the report, not a statement.
  [`The port closed early on Monday.\n\n${STATEMENT}\n\nAnn Veld, Staff Reporter`, []],
  // A line that goes on to say something is a sentence, not a signature.
  [`The port closed early on Monday.\n\n${STATEMENT}\n\nAnn Veld, the commissioner, left for the coast.`, []],
  // Too short to be a statement.
  ['The port closed early.\n\nShips waited.\n\nAnn Veld, Harbour Commissioner', []],
]);

table('a paragraph another statement holds keeps that statement only', [
  [`Ann Veld said the port would stay open through the winter, whatever the storms bring.\n\nTom Ray, Harbour Commissioner`,
    [{ speaker: 'Ann Veld', cue: 'said', kind: 'indirect', content: 'the port would stay open through the winter, whatever the storms bring' }]],
]);
