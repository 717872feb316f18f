/**
 * Invented news articles for corpus-scale tests: every name, place and quote here is made up.
 * 240 of them, or 400 JSONL lines, are over 256 KB: enough that the CLI starts worker threads.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PEOPLE = ['Marta Okonkwo', 'Tomas Reinholt', 'Ilse Varga', 'Deniz Arslan', 'Paulo Teixeira', 'Nadia Strand'];
const TITLES = ['Mayor', 'Minister', 'Senator', 'spokesperson', 'director'];
const BODIES = ['the Harbour Council', 'the Northfield Water Board', 'the Ministry of Transport', 'the Valley Farmers Union'];
const TOPICS = ['the new bridge', 'the water tariff', 'the rail timetable', 'the grain subsidy', 'the school budget'];
const CITIES = ['Eastbrook', 'Lindmoor', 'Calvera', 'Port Osric'];

export function inventedArticle(n: number): string {
  const pick = <T>(list: T[], k: number): T => list[(n * 7 + k * 3) % list.length];
  const person = pick(PEOPLE, 1);
  const other = pick(PEOPLE, 2 + (n % 3));
  const body = pick(BODIES, 3);
  const topic = pick(TOPICS, 4);
  const city = pick(CITIES, 5);
  const paragraphs = [
    `${city} – ${pick(TITLES, 6)} ${person} said on Tuesday that ${topic} would be decided by ${body} within ${n % 9 + 2} weeks.`,
    `"We have waited long enough, and people in ${city} deserve an answer," ${person.split(' ')[1]} told reporters after a meeting that lasted ${n % 5 + 1} hours.`,
    `${other}, who chairs ${body}, disagreed. "Nothing is settled yet," ${other.split(' ')[0]} said, adding that the figures for ${topic} were still being checked.`,
    `According to ${body}, about ${(n % 40) * 125 + 300} residents had written in since March. Officials said a public hearing was planned.`,
  ];
  const repeat = 1 + (n % 3);
  return Array.from({ length: repeat }, () => paragraphs.join('\n\n')).join('\n\n') + '\n';
}

/** JSONL lines of invented articles, with bad lines at fixed places: malformed JSON, no text field, empty text. */
export function inventedJsonl(count: number, withProblems = true): string[] {
  const lines: string[] = [];
  for (let n = 0; n < count; n++) {
    if (withProblems && n % 97 === 13) lines.push('{"id": "broken", "text": "unterminated');
    if (withProblems && n % 101 === 50) lines.push(JSON.stringify({ id: `no-text-${n}`, body: 'misnamed field' }));
    if (withProblems && n % 89 === 70) lines.push(JSON.stringify({ id: `empty-${n}`, text: '  ' }));
    lines.push(JSON.stringify({ id: `article-${n}`, text: inventedArticle(n), section: n % 2 ? 'city' : 'region' }));
  }
  return lines;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

const BIN = fileURLToPath(new URL('../../bin/statements.js', import.meta.url));

export function runCli(args: string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
