/**
 * Turns of a transcript (speech/transcripts.ts), on texts written for this test: a quoted turn
 * that opens with a speaker's label and a colon is that speaker's, without the label; a statement
 * with its own cue keeps its speaker and words.
 */
import { tableOf } from './speechRows.js';

const table = tableOf(['speaker', 'cue', 'kind', 'content']);

table('a transcript quoted over several paragraphs, one turn a paragraph', [
  [
    'The interview ran on Sunday.\n\n"VELK: Will the harbour stay open through the whole winter?\n\n"RAY: It will stay open through the winter, whatever the storms bring.\n\n"VELK: And what about the ferries to the islands?"',
    [
      { speaker: 'VELK', cue: null, kind: 'direct', content: 'Will the harbour stay open through the whole winter?' },
      { speaker: 'RAY', cue: null, kind: 'direct', content: 'It will stay open through the winter, whatever the storms bring.' },
      { speaker: 'VELK', cue: null, kind: 'direct', content: 'And what about the ferries to the islands?' },
    ],
  ],
]);

table('a quotation with a cue of its own is no turn', [
  ['"Velkburg: the vote is late again," Ann Veld said.', [{ speaker: 'Ann Veld', cue: 'said', kind: 'direct', content: 'Velkburg: the vote is late again,' }]],
]);
