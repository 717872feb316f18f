import { createRequire } from 'node:module';
import { columnWidths } from '../../render/table.js';
import type { SpeakersReport } from '../types.js';
import type { CorpusRenderContext } from './context.js';
import { aboutText, countsText, cuesText, datesText } from './speakerCells.js';

/** cli-table3 is loaded when a table is drawn, so that starting the program does not pay for it. */
const require = createRequire(import.meta.url);

const COLUMNS = [
  { head: 'speaker', min: 12, share: 3 }, { head: 'statements', min: 12, share: 0 }, { head: 'articles', min: 10, share: 0 },
  { head: 'seen', min: 25, share: 0 }, { head: 'titles, affiliations', min: 10, share: 3 }, { head: 'cues', min: 8, share: 2 },
  { head: 'talks about', min: 10, share: 4 },
];

/** For a person at a terminal: one row per speaker, most quoted first. */
export function* speakersTable(report: SpeakersReport, context: CorpusRenderContext): Iterable<string> {
  const { chalk } = context;
  const summary = `${report.speakers.length} speakers · ${report.statements} statements (${report.unattributed} without a speaker) · ${report.articles} articles`;
  if (report.speakers.length === 0) {
    yield chalk.dim(`no speakers found · ${summary}`) + '\n';
    return;
  }
  const Table = require('cli-table3') as typeof import('cli-table3');
  const table = new Table({
    head: COLUMNS.map((c) => c.head),
    colWidths: columnWidths(COLUMNS, context.width),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: chalk.level === 0 ? { head: [], border: [] } : { head: ['cyan'], border: ['grey'] },
  });
  for (const s of report.speakers) {
    const kinds = `${s.statements}\n${chalk.dim(`${s.kinds.direct}/${s.kinds.indirect}/${s.kinds.mixed}`)}`;
    const roles = [countsText(s.titles), countsText(s.affiliations)].filter((t) => t !== '').join('\n');
    table.push([`${s.name}${s.type ? chalk.dim(`\n${s.type}`) : ''}`, kinds, String(s.articles), datesText(s), roles, cuesText(s, '\n'), aboutText(s, '\n')]);
  }
  yield table.toString() + '\n';
  yield chalk.dim(`${summary} · statements: total and direct/indirect/mixed`) + '\n';
}
