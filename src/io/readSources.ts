import type { Article } from '../types.js';
import { corpusInputs } from './corpusInputs.js';
import { readExtracted } from './readExtracted.js';
import { readInputs, type InputItem, type InputOptions } from './readInputs.js';
import type { PathItem } from './walk.js';

/** An article to analyse, an article extracted by an earlier run, or a problem. */
/** `from`: the file (or `-`) an extracted article was read from. */
export type SourceItem = InputItem | { ok: true; extracted: Article; from: string };

/**
 * Every article of the inputs, in order, as `readInputs` reads them, but for our own output
 * (`extract --format jsonl` or `json`, told apart by its first line), which is read back as it
 * was written rather than analysed again: an earlier run is drawn again, or filtered, as it was.
 */
export async function* readSources(expanded: PathItem[], options: InputOptions): AsyncGenerator<SourceItem> {
  for await (const input of corpusInputs([], { inputFormat: options.inputFormat, stdin: options.stdin, maxBytes: options.maxChars * 4 }, expanded)) {
    if (input.kind === 'problem') {
      yield { ok: false, problem: input.problem };
    } else if (input.kind === 'extracted') {
      for await (const read of readExtracted(input.stream, input.path)) yield read.ok ? { ok: true, extracted: read.article, from: input.path } : read;
    } else {
      yield* readInputs([input.path], { ...options, stdin: input.stdin ?? options.stdin }, [{ ok: true, path: input.path }]);
    }
  }
}
