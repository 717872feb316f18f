import { cueClass } from './cueClass.js';
import { mergeEdges, compare } from './mergeEdges.js';
import { addCounts, ranked, resolveNames, type ResolvedNames } from './resolveNames.js';
import type { CorpusTally, SpeakerRecord } from './tally.js';
import type { SpeakerSummary, SpeakersReport } from './types.js';

export interface SpeakerOptions {
  /** How many of the entities a speaker names most to list. */
  top: number;
}

/** One summary per speaker across the corpus, the most quoted first. */
export function aggregateSpeakers(tally: CorpusTally, options: SpeakerOptions): SpeakersReport {
  const resolved = resolveNames(tally);
  const records = new Map<string, SpeakerRecord>();
  for (const [key, record] of tally.speakers) {
    const target = resolved.finalKey(key);
    const into = records.get(target);
    records.set(target, into ? combine(into, record) : { ...record, kinds: new Map(record.kinds), cues: new Map(record.cues) });
  }
  const about = new Map<string, { key: string; count: number }[]>();
  for (const edge of mergeEdges(tally, resolved)) {
    about.set(edge.source, [...(about.get(edge.source) ?? []), { key: edge.target, count: edge.weight }]);
  }
  const speakers = [...records].map(([key, record]) => summarize(key, record, resolved, about.get(key) ?? [], options));
  speakers.sort((a, b) => b.statements - a.statements || compare(a.name, b.name));
  return { articles: tally.articles, statements: tally.statements, unattributed: tally.unattributed, speakers };
}

function combine(into: SpeakerRecord, record: SpeakerRecord): SpeakerRecord {
  into.statements += record.statements;
  into.articles += record.articles;
  into.firstDate = earliest(into.firstDate, record.firstDate);
  into.lastDate = latest(into.lastDate, record.lastDate);
  addCounts(into.kinds, record.kinds);
  addCounts(into.cues, record.cues);
  return into;
}

function earliest(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

function summarize(key: string, record: SpeakerRecord, resolved: ResolvedNames, about: { key: string; count: number }[], options: SpeakerOptions): SpeakerSummary {
  const name = resolved.names.get(key);
  return {
    key,
    name: name?.name ?? key,
    type: name?.type ?? null,
    names: ranked(name?.forms ?? new Map()).map((f) => f.value),
    statements: record.statements,
    articles: record.articles,
    kinds: { direct: record.kinds.get('direct') ?? 0, indirect: record.kinds.get('indirect') ?? 0, mixed: record.kinds.get('mixed') ?? 0 },
    firstDate: record.firstDate,
    lastDate: record.lastDate,
    titles: ranked(name?.titles ?? new Map()),
    affiliations: ranked(name?.affiliations ?? new Map()),
    cues: ranked(record.cues).map(({ value, count }) => ({ lemma: value, class: cueClass(value), count })),
    about: about.slice(0, options.top).map((a) => {
      const target = resolved.names.get(a.key);
      return { key: a.key, name: target?.name ?? a.key, type: target?.type ?? null, count: a.count };
    }),
  };
}
