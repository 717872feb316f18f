/**
 * Training documents from the corpora the shipped model is made from: CoNLL IOB files (CoNLL++),
 * GUM's `dep/*.conllu` by its split list, and gold folders in the project's own format.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseConll } from '../../io/readConll.js';
import { TAG_TYPES, type TagType } from '../../pipeline/entities/tagger/labels.js';
import { readGum } from './gum.js';
import type { TrainingDocument } from './trainingDocument.js';

const isTagType = (type: string): type is TagType => (TAG_TYPES as readonly string[]).includes(type);

/** Each `-DOCSTART-` document of a CoNLL file, with ids `<file>_<NNN>` from 001. */
export function conllDocuments(path: string): TrainingDocument[] {
  const prefix = basename(path).replace(/\.[^.]*$/, '');
  return parseConll(readFileSync(path, 'utf8')).map((d, i) => ({
    id: `${prefix}_${String(i + 1).padStart(3, '0')}`,
    text: d.text,
    mentions: d.mentions.flatMap((m) => (isTagType(m.type) ? [{ start: m.start, end: m.end, type: m.type }] : [])),
  }));
}

/** The document names of one split in GUM's `splits.md` ("## train", then "  * GUM_bio_byron" lines). */
export function gumSplit(gum: string, split: string): string[] {
  const names: string[] = [];
  let inSplit = false;
  for (const line of readFileSync(join(gum, 'splits.md'), 'utf8').split('\n')) {
    const heading = /^##\s+(\S+)/.exec(line);
    if (heading) { inSplit = heading[1] === split; continue; }
    const item = /^\s*\*\s+(\S+)/.exec(line);
    if (inSplit && item) names.push(item[1]);
  }
  return names;
}

/**
 * GUM documents of a split, without the reddit ones (their text is masked in the public release)
 * and without those `exclude` names (the Wikinews documents of the project's gold).
 */
export function gumDocuments(gum: string, split: string, exclude: (name: string) => boolean): TrainingDocument[] {
  return gumSplit(gum, split)
    .filter((name) => !name.startsWith('GUM_reddit_') && !exclude(name))
    .map((name) => readGum(name, readFileSync(join(gum, 'dep', `${name}.conllu`), 'utf8')));
}

/** The GUM_news_<name> documents whose <name>.txt is in a gold corpus folder's texts/. */
export function goldNewsNames(goldCorpus: string): Set<string> {
  const texts = join(goldCorpus, 'texts');
  if (!existsSync(texts)) return new Set();
  return new Set(readdirSync(texts).filter((f) => f.endsWith('.txt')).map((f) => `GUM_news_${f.slice(0, -4)}`));
}
