/**
 * An article's analysis must be a function of its own text: alone, inside a corpus, in any order,
 * in the main thread or in one or two workers. wink-nlp learns the words of every document it reads,
 * so this is checked through the built CLI on corpora mixing generated articles with the texts that
 * were seen to change what came after them.
 */
import fc from 'fast-check';
import { articleText } from './arbitraries.js';
import { runCli, withFiles } from './cli.js';

/** Texts that taught wink-nlp a word which changed how a later article was tokenized or tagged, and those later articles. */
export const TEACHERS = [
  "The meeting ended at 5 p.m.'We are done,' she said.",
  "'We will win,' Ann Veld said.",
  '5-\u0301',
  'Lee said the plan was ready.\u0301 The road flooded.',
  "the U.S.'would help.",
  "Lee said: 'would it work?'",
  "O'Brien... said the talks were over. O'Brien... left.",
];

/** Generated articles and every teacher, shuffled, each as a record with its own id. */
export function mixedCorpus(maxGenerated: number) {
  return fc.array(articleText, { minLength: 1, maxLength: maxGenerated })
    .chain((generated) => fc.shuffledSubarray([...generated, ...TEACHERS], { minLength: generated.length + TEACHERS.length }))
    .map((texts) => texts.filter((text) => text.trim() !== '').map((text, i) => ({ id: `a${i}`, text })));
}

export type Corpus = { id: string; text: string }[];

const jsonl = (records: Corpus) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** Each output article by id, without `source` (which names the line it was read from). */
function byId(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const { source: _source, ...article } = JSON.parse(line) as { id: string; source: string };
    out.set(article.id, JSON.stringify(article));
  }
  return out;
}

const EXTRACT = ['extract', '--format', 'jsonl', '--tokens', '--input-format', 'jsonl'];

/** Every article analysed in a process of its own: the reference. */
export function alone(records: Corpus): Map<string, string> {
  const out = new Map<string, string>();
  for (const record of records) {
    const run = runCli([...EXTRACT, '-'], jsonl([record]));
    if (run.status !== 0) throw new Error(`${record.id}: exit ${run.status}: ${run.stderr}`);
    for (const [id, article] of byId(run.stdout)) out.set(id, article);
  }
  return out;
}

/**
 * The corpus in the order given, in the three ways a run may analyse it: a file below 256 KB (the
 * main thread), and standard input with --jobs 1 (one worker) and --jobs 2 (two).
 */
export function together(records: Corpus): { mode: string; articles: Map<string, string> }[] {
  return withFiles({ 'corpus.jsonl': jsonl(records) }, (dir) => [
    { mode: 'main thread', args: [...EXTRACT, '--jobs', '1', '--debug', `${dir}/corpus.jsonl`], stdin: undefined, threads: /no worker threads/ },
    { mode: '--jobs 1', args: [...EXTRACT, '--jobs', '1', '--debug', '-'], stdin: jsonl(records), threads: /1 worker thread\n/ },
    { mode: '--jobs 2', args: [...EXTRACT, '--jobs', '2', '--debug', '-'], stdin: jsonl(records), threads: /worker thread/ },
  ].map(({ mode, args, stdin, threads }) => {
    const run = runCli(args, stdin);
    if (run.status !== 0 || !threads.test(run.stderr)) throw new Error(`${mode}: exit ${run.status}: ${run.stderr}`);
    return { mode, articles: byId(run.stdout) };
  }));
}
