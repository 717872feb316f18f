import { csvField, tsvField } from '../../render/csv.js';
import type { Cell } from '../../render/rows.js';
import type { SpeakersReport } from '../types.js';
import type { CorpusRenderContext } from './context.js';
import { aboutText, countsText, cuesText } from './speakerCells.js';

export const SPEAKER_HEADERS = [
  'speaker', 'key', 'type', 'statements', 'articles', 'direct', 'indirect', 'mixed', 'first_date', 'last_date',
  'names', 'titles', 'affiliations', 'cues', 'about',
];

function* delimited(report: SpeakersReport, field: (cell: Cell, escapeFormulas: boolean) => string, separator: string, eol: string, context: CorpusRenderContext): Iterable<string> {
  const line = (cells: Cell[]) => cells.map((cell) => field(cell, context.escapeFormulas)).join(separator) + eol;
  yield line(SPEAKER_HEADERS);
  for (const s of report.speakers) {
    yield line([
      s.name, s.key, s.type, s.statements, s.articles, s.kinds.direct, s.kinds.indirect, s.kinds.mixed, s.firstDate, s.lastDate,
      s.names.join('; '), countsText(s.titles), countsText(s.affiliations), cuesText(s), aboutText(s),
    ]);
  }
}

export const speakersCsv = (report: SpeakersReport, context: CorpusRenderContext) => delimited(report, csvField, ',', '\r\n', context);
export const speakersTsv = (report: SpeakersReport, context: CorpusRenderContext) => delimited(report, tsvField, '\t', '\n', context);
