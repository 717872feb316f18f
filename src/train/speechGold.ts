/**
 * Gold articles for training the speech model: each text run through the pipeline up to the
 * rules' statements, and each gold attribution laid on its tokens (the cue's head word, the
 * content's pieces and the source, in UTF-16 offsets like the Doc's).
 */
import { statSync } from 'node:fs';
import type { GoldStatement } from '../eval/gold.js';
import { findGoldFiles, readGoldFile } from '../io/readGold.js';
import { utf16Mapper } from '../pipeline/codePoints.js';
import type { Doc } from '../pipeline/doc.js';
import { tokensAndEntities } from '../pipeline/index.js';
import type { FoundEntity } from '../pipeline/stages.js';
import { speechContext, type SpeechContext } from '../pipeline/speech/context.js';
import type { Draft } from '../pipeline/speech/draft.js';
import { ruleStatements } from '../pipeline/speech/index.js';
import { isCueForm } from '../pipeline/speech/lexicon.js';
import { lexiconEntry } from '../pipeline/speech/model/cueLexicon.js';

export interface GoldAttribution {
  speech: boolean;
  /** Token index of the cue's head word, or -1 when the gold names no cue. */
  head: number;
  /** The content's pieces, UTF-16 offsets, end exclusive, in order. */
  content: [number, number][];
  source: [number, number] | null;
}

export interface TrainingArticle {
  id: string;
  doc: Doc;
  entities: FoundEntity[];
  ctx: SpeechContext;
  rules: Draft[];
  gold: GoldAttribution[];
}

/** Every gold file under the folders, in a stable order. */
export function goldFiles(folders: string[]): { path: string; root: string }[] {
  return folders.flatMap((root) => (statSync(root).isFile() ? [{ path: root, root }] : findGoldFiles(root).map((path) => ({ path, root }))));
}

export function readTrainingArticle(path: string, root: string, models: string[] = []): TrainingArticle {
  const read = readGoldFile(path, root);
  if (!read.ok) throw new Error(`statements: ${read.problem.source}: ${read.problem.message}`);
  const { gold, text } = read.item;
  const { doc, entities } = tokensAndEntities(text, { models });
  const ctx = speechContext(doc, entities);
  const rules = ruleStatements(ctx);
  const toUtf16 = utf16Mapper(text);
  const attributions = gold.statements.map((s) => attributionOf(doc, s, toUtf16));
  return { id: gold.id, doc, entities, ctx, rules, gold: attributions };
}

function attributionOf(doc: Doc, s: GoldStatement, toUtf16: (cp: number) => number): GoldAttribution {
  const pieces: [number, number][] = (s.frags?.length ? s.frags : [[s.start, s.end]]).map(([a, b]) => [toUtf16(a), toUtf16(b)]);
  pieces.sort((a, b) => a[0] - b[0]);
  const source: [number, number] | null = s.sourceStart != null && s.sourceEnd != null ? [toUtf16(s.sourceStart), toUtf16(s.sourceEnd)] : null;
  let cue: [number, number] | null = s.cueStart != null && s.cueEnd != null ? [toUtf16(s.cueStart), toUtf16(s.cueEnd)] : null;
  if (!cue && s.cue.trim() !== '') cue = findCue(doc, s.cue, source ?? pieces[0]);
  return { speech: s.speech !== false, head: cue ? headOf(doc, cue) : -1, content: pieces, source };
}

const CUE_REACH = 300;

/** The gold's cue text nearest its source (gold in the project's own format gives no cue offsets). */
function findCue(doc: Doc, cue: string, near: [number, number]): [number, number] | null {
  const text = doc.text.toLowerCase();
  const wanted = cue.toLowerCase();
  let best: [number, number] | null = null;
  for (let at = text.indexOf(wanted, Math.max(0, near[0] - CUE_REACH)); at >= 0 && at <= near[1] + CUE_REACH; at = text.indexOf(wanted, at + 1)) {
    const distance = Math.min(Math.abs(at - near[1]), Math.abs(at + wanted.length - near[0]));
    if (!best || distance < Math.min(Math.abs(best[0] - near[1]), Math.abs(best[1] - near[0]))) best = [at, at + wanted.length];
  }
  return best;
}

/** The word of the cue that the model looks at: a cue verb's form, else the last verb, else the first word. */
function headOf(doc: Doc, [start, end]: [number, number]): number {
  const inside: number[] = [];
  for (const t of doc.tokens) if (t.end > start && t.start < end && t.type !== 'tabCRLF') inside.push(t.index);
  if (inside.length === 0) return -1;
  const tokens = inside.map((i) => doc.tokens[i]);
  const according = tokens.find((t) => t.text.toLowerCase() === 'according');
  if (according) return according.index;
  const known = tokens.find((t) => t.type === 'word' && (isCueForm(t.text) || lexiconEntry(t.text) !== null) && t.pos !== 'AUX');
  if (known) return known.index;
  const verb = [...tokens].reverse().find((t) => t.pos === 'VERB');
  if (verb) return verb.index;
  return (tokens.find((t) => t.type === 'word') ?? tokens[0]).index;
}
