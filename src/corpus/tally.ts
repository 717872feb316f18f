import type { Article, Entity } from '../types.js';
import type { AliasTable } from './aliases.js';
import { parseDate } from '../pipeline/metadata.js';
import { nameArticle, type ArticleName } from './articleNames.js';
import { nameKey } from './speakerKey.js';

/** How often each value was seen. */
export type Counts = Map<string, number>;

/** Everything seen under one key: the forms it was written in and the types it was given. */
export interface NameRecord {
  forms: Counts;
  types: Counts;
  canonical: string | null;
  /** Titles and affiliations, each counted once per article it is seen in. */
  titles: Counts;
  affiliations: Counts;
  rolesSeen: { article: number; values: Set<string> };
  /** Articles that mention it as an entity, and how often. */
  articles: number;
  mentions: number;
  lastArticle: number;
}

export interface SpeakerRecord {
  statements: number;
  articles: number;
  lastArticle: number;
  firstDate: string | null;
  lastDate: string | null;
  kinds: Counts;
  cues: Counts;
}

export interface EdgeRecord {
  speaker: string;
  entity: string;
  weight: number;
  articleIds: string[];
  lastArticle: number;
}

/**
 * The running totals over a corpus, article by article. Its size grows with the number of
 * distinct names and speaker–entity pairs (and the article ids kept on edges), not with the text.
 */
export interface CorpusTally {
  articles: number;
  statements: number;
  /** Statements whose speaker is not known. */
  unattributed: number;
  names: Map<string, NameRecord>;
  speakers: Map<string, SpeakerRecord>;
  edges: Map<string, EdgeRecord>;
}

export interface TallyOptions {
  aliases: AliasTable;
  /** Keep the ids of the articles behind each edge (memory grows with the corpus when true). */
  articleIds: boolean;
}

export function createTally(): CorpusTally {
  return { articles: 0, statements: 0, unattributed: 0, names: new Map(), speakers: new Map(), edges: new Map() };
}

/** Adds one article's entities and statements to the totals. */
export function tallyArticle(tally: CorpusTally, article: Article, options: TallyOptions): void {
  const index = ++tally.articles;
  const date = articleDate(article.meta.date);
  const names = nameArticle(article, options.aliases);
  for (const entity of article.entities) {
    const name = names.entities.get(entity.id);
    if (name) noteEntity(noteName(tally, name, index), entity, index);
  }
  article.statements.forEach((statement, i) => {
    tally.statements++;
    const name = names.speakers[i];
    if (!name) {
      tally.unattributed++;
      return;
    }
    const { speaker } = statement;
    const record = speaker.entity !== null && names.entities.get(speaker.entity) === name ? tally.names.get(name.merged) : noteName(tally, name, index);
    if (record && speaker.type && name.key === name.merged) increment(record.types, speaker.type);
    const title = speaker.type === 'person' && speaker.text ? nameKey(speaker.text, true, options.aliases).title : null;
    if (record && title) noteRole(record, 'titles', title, index);
    noteStatement(speakerRecord(tally, name.merged), index, date, statement.kind, statement.cue?.lemma ?? null);
    for (const id of new Set(statement.about)) {
      const entity = names.entities.get(id);
      if (entity) noteEdge(tally, name.merged, entity.merged, index, options.articleIds ? article.id : null);
    }
  });
}

/** A date as yyyy-mm-dd: ISO dates and date-times as they start, "April 13, 2023" as the pipeline reads it. */
export function articleDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
  return iso ? iso[1] : (parseDate(value) ?? null);
}

/** Records a name under the key it is reported under; a short name absorbed there adds its form, not its type. */
function noteName(tally: CorpusTally, name: ArticleName, index: number): NameRecord {
  let record = tally.names.get(name.merged);
  if (!record) {
    record = { forms: new Map(), types: new Map(), canonical: null, titles: new Map(), affiliations: new Map(), rolesSeen: { article: 0, values: new Set() }, articles: 0, mentions: 0, lastArticle: 0 };
    tally.names.set(name.merged, record);
  }
  increment(record.forms, name.form);
  if (name.key === name.merged) increment(record.types, name.type);
  if (name.canonical) record.canonical = name.canonical;
  if (name.title) noteRole(record, 'titles', name.title, index);
  return record;
}

function noteEntity(record: NameRecord, entity: Entity, index: number): void {
  record.mentions += entity.mentions.length;
  if (record.lastArticle !== index) record.articles++;
  record.lastArticle = index;
  for (const title of entity.titles) noteRole(record, 'titles', title, index);
  if (entity.affiliation) noteRole(record, 'affiliations', entity.affiliation, index);
}

function noteRole(record: NameRecord, role: 'titles' | 'affiliations', value: string, index: number): void {
  if (record.rolesSeen.article !== index) record.rolesSeen = { article: index, values: new Set() };
  const seen = `${role}\u0000${value}`;
  if (record.rolesSeen.values.has(seen)) return;
  record.rolesSeen.values.add(seen);
  increment(record[role], value);
}

function speakerRecord(tally: CorpusTally, key: string): SpeakerRecord {
  let record = tally.speakers.get(key);
  if (!record) {
    record = { statements: 0, articles: 0, lastArticle: 0, firstDate: null, lastDate: null, kinds: new Map(), cues: new Map() };
    tally.speakers.set(key, record);
  }
  return record;
}

function noteStatement(record: SpeakerRecord, index: number, date: string | null, kind: string, cue: string | null): void {
  record.statements++;
  if (record.lastArticle !== index) record.articles++;
  record.lastArticle = index;
  if (date && (record.firstDate === null || date < record.firstDate)) record.firstDate = date;
  if (date && (record.lastDate === null || date > record.lastDate)) record.lastDate = date;
  increment(record.kinds, kind);
  if (cue) increment(record.cues, cue.toLowerCase());
}

function noteEdge(tally: CorpusTally, speaker: string, entity: string, index: number, articleId: string | null): void {
  const id = `${speaker}\u0000${entity}`;
  let edge = tally.edges.get(id);
  if (!edge) {
    edge = { speaker, entity, weight: 0, articleIds: [], lastArticle: 0 };
    tally.edges.set(id, edge);
  }
  edge.weight++;
  if (articleId !== null && edge.lastArticle !== index) edge.articleIds.push(articleId);
  edge.lastArticle = index;
}

export function increment(counts: Counts, value: string, by = 1): void {
  counts.set(value, (counts.get(value) ?? 0) + by);
}
