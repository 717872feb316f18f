import { SCHEMA_VERSION } from '../../types.js';
import type { SpeakersDocument, SpeakersReport } from '../types.js';

/** `{"schemaVersion": 1, "articles": N, ..., "speakers": [...]}`, one speaker per line. */
export function* speakersJson(report: SpeakersReport): Iterable<string> {
  const { articles, statements, unattributed } = report;
  const head: Omit<SpeakersDocument, 'speakers'> = { schemaVersion: SCHEMA_VERSION, articles, statements, unattributed };
  yield JSON.stringify(head).slice(0, -1) + ',"speakers":[\n';
  let first = true;
  for (const speaker of report.speakers) {
    yield (first ? '' : ',\n') + JSON.stringify(speaker);
    first = false;
  }
  yield (first ? '' : '\n') + ']}\n';
}

/** One speaker per line. */
export function* speakersJsonl(report: SpeakersReport): Iterable<string> {
  for (const speaker of report.speakers) yield JSON.stringify(speaker) + '\n';
}
