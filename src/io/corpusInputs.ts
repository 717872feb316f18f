import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { Problem } from '../types.js';
import type { InputFormat } from './readInputs.js';
import { firstLineOf, looksExtracted } from './readExtracted.js';
import { peekFirstLine } from './peekStream.js';
import { expandPaths, type PathItem } from './walk.js';

/** One input of a corpus view: our own extracted output to read as it is, articles to analyse, or a problem. */
export type CorpusInput =
  | { kind: 'extracted'; path: string; stream: AsyncIterable<Buffer> }
  | { kind: 'articles'; path: string; stdin?: Readable }
  | { kind: 'problem'; problem: Problem };

/**
 * A `.json` or JSONL file is our output when its first line is `--format json`'s opening or an
 * extracted article; otherwise it holds articles to analyse (a JSON array of them, say).
 */
async function isExtractedFile(path: string, inputFormat: InputFormat): Promise<boolean> {
  const extension = extname(path).toLowerCase();
  return (extension === '.json' || extension === '.jsonl' || inputFormat === 'jsonl') && looksExtracted(await firstLineOf(path));
}

/**
 * Each INPUT (directories walked), told apart by its first line: a `.json` file or a first line
 * that is an extracted article (or `--format json`'s opening) is extracted output. Standard input
 * is peeked at (up to `maxBytes` of its first line) and handed on whole. `expanded` lets a caller that already walked the inputs skip a second walk.
 */
export async function* corpusInputs(paths: string[], options: { inputFormat: InputFormat; stdin: Readable; maxBytes?: number }, expanded: PathItem[] = expandPaths(paths)): AsyncGenerator<CorpusInput> {
  const maybeExtracted = options.inputFormat !== 'text';
  for (const item of expanded) {
    if (!item.ok) {
      yield { kind: 'problem', problem: item.problem };
    } else if (item.path === '-') {
      const peeked = await peekFirstLine(options.stdin, options.maxBytes);
      if (maybeExtracted && looksExtracted(peeked.firstLine)) yield { kind: 'extracted', path: '-', stream: peeked.stream };
      else yield { kind: 'articles', path: '-', stdin: peeked.stream };
    } else if (maybeExtracted && (await isExtractedFile(item.path, options.inputFormat))) {
      yield { kind: 'extracted', path: item.path, stream: createReadStream(item.path) };
    } else {
      yield { kind: 'articles', path: item.path };
    }
  }
}
