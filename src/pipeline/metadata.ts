import months from '../data/months.json' with { type: 'json' };
import type { ArticleMeta } from '../types.js';

const MONTHS: Record<string, number> = months.months;
const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const HEADER = /^From\s+(.+?),\s+([^,]+?(?:,\s*\d{4})?)\.?(?:\s+Complete text:?)?\s*$/i;
const DATELINE = /^((?:\p{Lu}[\p{L}.'’-]*)(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,3}(?:,[ \u00a0]\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]\p{Lu}[\p{L}.'’-]*){0,3})?)(?:[ \u00a0]+\([^)]{1,40}\))?[ \u00a0]*[–—-]+[ \u00a0]/u;

/** "April 13, 2023", "Friday, 13 April 2023" or "2023-04-13" as yyyy-mm-dd; undefined otherwise. */
export function parseDate(text: string): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = MONTH_FIRST.exec(s);
  if (m) return iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  m = DAY_FIRST.exec(s);
  if (m) return iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = ISO.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  return undefined;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (!month || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What the article says about itself: a "From PUBLISHER, DATE." header, a headline
 * (a short first paragraph without final punctuation), a line that is only a date,
 * and a dateline ("Porto, Portugal –") opening the first body paragraph.
 */
export function readMetadata(text: string): ArticleMeta {
  const meta: ArticleMeta = {};
  const paragraphs = text.split(/\r?\n|\r/).map((line) => line.trim()).filter((line) => line !== '');
  let i = 0;
  const header = paragraphs[i] === undefined ? null : HEADER.exec(paragraphs[i]);
  if (header && parseDate(header[2])) {
    meta.publisher = header[1].trim();
    meta.date = parseDate(header[2]);
    i++;
  }
  if (paragraphs[i] !== undefined && isHeadline(paragraphs[i]) && paragraphs.length > i + 1) {
    meta.title = paragraphs[i];
    i++;
  }
  const dateLine = paragraphs[i] === undefined ? undefined : parseDate(paragraphs[i]);
  if (dateLine) {
    meta.date ??= dateLine;
    i++;
  }
  const dateline = paragraphs[i] === undefined ? null : DATELINE.exec(paragraphs[i]);
  if (dateline) meta.dateline = dateline[1].replace(/\u00a0/g, ' ');
  return meta;
}

function isHeadline(line: string): boolean {
  if (parseDate(line) || DATELINE.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= 20 && !/[.:;,]$/.test(line) && /^\p{Lu}|^["“‘'\d]/u.test(line);
}
