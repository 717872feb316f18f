/**
 * Training documents from gold folders in the project's format. A gold file's `mentions` are used
 * as they are; otherwise every occurrence of an entity's name or alias in the text (as a whole
 * word, longest first) is a mention of its type. Initiatives become `misc`: the rules name them.
 */
import { findGoldFiles, readGoldFile } from '../../io/readGold.js';
import { TAG_TYPES, type TagType } from '../../pipeline/entities/tagger/labels.js';
import type { TrainingDocument, TrainingMention } from './trainingDocument.js';

const asTag = (type: string): TagType | null => (type === 'initiative' ? 'misc' : (TAG_TYPES as readonly string[]).includes(type) ? (type as TagType) : null);

export function goldDocuments(root: string): TrainingDocument[] {
  const documents: TrainingDocument[] = [];
  for (const path of findGoldFiles(root)) {
    const read = readGoldFile(path, root);
    if (!read.ok) throw new Error(`statements: ${read.problem.source}: ${read.problem.message}`);
    const { gold, text } = read.item;
    documents.push({ id: gold.id, text, mentions: gold.mentions ? fromSpans(text, gold.mentions) : fromNames(text, gold.entities) });
  }
  return documents;
}

/** Code-point spans to UTF-16 ones. */
function fromSpans(text: string, mentions: { start: number; end: number; type: string }[]): TrainingMention[] {
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) { offsets.push(i); i += ch.length; }
  offsets.push(i);
  return mentions.flatMap((m) => { const type = asTag(m.type); return type ? [{ start: offsets[m.start], end: offsets[m.end], type }] : []; });
}

function fromNames(text: string, entities: { name: string; type: string; aliases: string[] }[]): TrainingMention[] {
  const forms = entities.flatMap((e) => { const type = asTag(e.type); return type ? [e.name, ...e.aliases].map((form) => ({ form, type })) : []; })
    .filter((f) => f.form.trim() !== '')
    .sort((a, b) => b.form.length - a.form.length);
  const taken = new Uint8Array(text.length);
  const mentions: TrainingMention[] = [];
  for (const { form, type } of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      mentions.push({ start: at, end, type });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
