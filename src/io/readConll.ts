/**
 * CoNLL IOB files (CoNLL-2003, CoNLL++): one token per line with its tag in the last column, a
 * blank line between sentences, `-DOCSTART-` between documents. Each document becomes a text (the
 * tokens of a sentence joined by single spaces, one sentence per line, as the project's converter
 * writes it) and its mentions with offsets into that text. An `I-` tag with no open mention of its
 * type opens one (IOB1 files).
 */
import { basename } from 'node:path';
import type { GoldItem } from '../eval/gold.js';
import { codePointMapper } from '../pipeline/codePoints.js';

export const CONLL_TYPES: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

export interface ConllMention {
  /** UTF-16 offsets into the document's text, end exclusive. */
  start: number;
  end: number;
  type: string;
}

export interface ConllDocument {
  text: string;
  mentions: ConllMention[];
}

/** A CoNLL file's first non-blank line: "-DOCSTART-", or a token, a tag column and an IOB tag. */
export function looksLikeConll(text: string): boolean {
  const first = text.split('\n', 20).find((line) => line.trim() !== '');
  if (first === undefined) return false;
  if (first.startsWith('-DOCSTART-')) return true;
  const columns = first.trim().split(/\s+/);
  return columns.length >= 2 && /^(?:O|[BIES]-\S+)$/.test(columns[columns.length - 1]);
}

export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: [string, string][][] = [];
  let sentence: [string, string][] = [];
  const endSentence = () => { if (sentence.length) sentences.push(sentence); sentence = []; };
  const endDocument = () => { endSentence(); if (sentences.length) documents.push(documentOf(sentences)); sentences = []; };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-')) { endDocument(); continue; }
    if (line.trim() === '') { endSentence(); continue; }
    const columns = line.trim().split(/\s+/);
    sentence.push([columns[0], columns[columns.length - 1]]);
  }
  endDocument();
  return documents;
}

function documentOf(sentences: [string, string][][]): ConllDocument {
  let text = '';
  const mentions: ConllMention[] = [];
  for (const sentence of sentences) {
    let open: ConllMention | null = null;
    const close = () => { if (open) mentions.push(open); open = null; };
    sentence.forEach(([token, tag], i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += token;
      const type = tag.length > 2 && tag[1] === '-' ? CONLL_TYPES[tag.slice(2)] ?? tag.slice(2).toLowerCase() : null;
      if (type === null) { close(); return; }
      if ((tag[0] === 'I' || tag[0] === 'E') && open && open.type === type) { open.end = text.length; return; }
      close();
      open = { start, end: text.length, type };
    });
    close();
    text += '\n';
  }
  return { text, mentions };
}

/**
 * A CoNLL file as gold articles for `statements eval`: one per document, ids `<file>_<NNN>` from
 * 001 (as the project's converter names them), the file's name as the corpus, mentions in code points.
 */
export function conllGold(path: string, text: string): GoldItem[] {
  const stem = basename(path).replace(/\.[^.]*$/, '');
  return parseConll(text).map((d, i) => {
    const cp = codePointMapper(d.text);
    const id = `${stem}_${String(i + 1).padStart(3, '0')}`;
    const mentions = d.mentions.map((m) => ({ start: cp(m.start), end: cp(m.end), type: m.type }));
    return { corpus: basename(path), text: d.text, gold: { id, file: basename(path), statements: [], entities: [], mentions, scoreStatements: false } };
  });
}
