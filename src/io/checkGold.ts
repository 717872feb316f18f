import type { GoldArticle, GoldEntity, GoldMention, GoldStatement } from '../eval/gold.js';
import type { Problem } from '../types.js';

const ENTITY_TYPES = ['person', 'organization', 'initiative', 'place'];
const SPEAKER_TYPES = ['person', 'organization', 'group', 'anonymous'];
const KINDS = ['direct', 'indirect', 'mixed'];

export type GoldCheck = { ok: true; gold: GoldArticle } | { ok: false; message: string };

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => v !== null && typeof v === 'object' && !Array.isArray(v);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** A parsed `.gold.json` → a GoldArticle, or what is wrong with it (the first thing found). */
export function checkGold(value: unknown, fallbackId: string): GoldCheck {
  if (!isObject(value)) return { ok: false, message: 'expected a JSON object with "file", "statements" and "entities"' };
  if (typeof value.file !== 'string') return { ok: false, message: 'expected a string field "file" naming the text (e.g. "texts/<id>.txt")' };
  const statements = value.statements ?? [];
  const entities = value.entities ?? [];
  if (!Array.isArray(statements)) return { ok: false, message: 'expected "statements" to be an array' };
  if (!Array.isArray(entities)) return { ok: false, message: 'expected "entities" to be an array' };
  const outStatements: GoldStatement[] = [];
  for (const [i, s] of statements.entries()) {
    const problem = statementProblem(s);
    if (problem) return { ok: false, message: `statements[${i}]: ${problem}` };
    outStatements.push(s as unknown as GoldStatement);
  }
  const outEntities: GoldEntity[] = [];
  for (const [i, e] of entities.entries()) {
    if (!isObject(e) || typeof e.name !== 'string') return { ok: false, message: `entities[${i}]: expected an object with a string "name"` };
    if (!ENTITY_TYPES.includes(e.type as string)) return { ok: false, message: `entities[${i}]: expected "type" to be one of ${ENTITY_TYPES.join(', ')}, found ${JSON.stringify(e.type)}` };
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
    outEntities.push({ name: e.name, type: e.type as GoldEntity['type'], aliases });
  }
  const id = typeof value.id === 'string' && value.id !== '' ? value.id : fallbackId;
  const gold: GoldArticle = { id, file: value.file, statements: outStatements, entities: outEntities };
  if (value.mentions !== undefined) {
    if (!Array.isArray(value.mentions)) return { ok: false, message: 'expected "mentions" to be an array' };
    const mentions: GoldMention[] = [];
    for (const [i, m] of value.mentions.entries()) {
      if (!isObject(m) || typeof m.type !== 'string' || !isOffset(m.start) || !isOffset(m.end) || m.end < m.start) {
        return { ok: false, message: `mentions[${i}]: expected an object with a string "type" and offsets "start" <= "end" (code points)` };
      }
      mentions.push({ start: m.start, end: m.end, type: m.type });
    }
    gold.mentions = mentions;
    // A gold of mentions alone says nothing of statements or entities.
    if (value.statements === undefined && value.entities === undefined) gold.scoreStatements = false;
  }
  return { ok: true, gold };
}

function statementProblem(s: unknown): string | null {
  if (!isObject(s)) return 'expected an object';
  if (typeof s.speaker !== 'string') return 'expected a string "speaker"';
  if (s.speakerType !== undefined && !SPEAKER_TYPES.includes(s.speakerType as string)) return `expected "speakerType" to be one of ${SPEAKER_TYPES.join(', ')}, found ${JSON.stringify(s.speakerType)}`;
  if (!KINDS.includes(s.kind as string)) return `expected "kind" to be one of ${KINDS.join(', ')}, found ${JSON.stringify(s.kind)}`;
  if (typeof s.content !== 'string') return 'expected a string "content"';
  if (!isOffset(s.start) || !isOffset(s.end) || s.end < s.start) return 'expected offsets "start" <= "end" (code points)';
  if (s.speech !== undefined && typeof s.speech !== 'boolean') return 'expected "speech" to be true or false';
  if (s.frags !== undefined && !(Array.isArray(s.frags) && s.frags.every((f) => Array.isArray(f) && f.length === 2 && isOffset(f[0]) && isOffset(f[1]) && f[0] <= f[1]))) {
    return 'expected "frags" to be a list of [start, end] offsets (code points)';
  }
  if ((s.cueStart != null || s.cueEnd != null) && (!isOffset(s.cueStart) || !isOffset(s.cueEnd))) return 'expected offsets "cueStart" and "cueEnd" (code points), or neither';
  const hasMention = s.sourceStart != null || s.sourceEnd != null;
  if (hasMention && (!isOffset(s.sourceStart) || !isOffset(s.sourceEnd))) return 'expected offsets "sourceStart" and "sourceEnd" (code points), or neither';
  return null;
}

/** Statements whose offsets do not slice their own content out of the text: the gold and the text disagree. */
export function offsetWarnings(gold: GoldArticle, text: string, source: string): Problem[] {
  const codePoints = Array.from(text);
  const slice = (start: number, end: number) => codePoints.slice(start, end).join('');
  // Converted corpora join a content's pieces with a space and fold the spaces of a source.
  const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
  const warnings: Problem[] = [];
  gold.statements.forEach((s, i) => {
    const content = s.frags?.length ? s.frags.map(([a, b]) => slice(a, b)).join(' ') : slice(s.start, s.end);
    if (content !== s.content && folded(content) !== folded(s.content)) {
      warnings.push({ code: 'gold-offsets', severity: 'warning', source, message: `statements[${i}]: text[${s.start}:${s.end}] is not its "content"; the gold and the text disagree` });
    }
    if (s.sourceStart != null && s.sourceEnd != null && typeof s.sourceText === 'string' && slice(s.sourceStart, s.sourceEnd) !== s.sourceText
      && !s.sourceText.startsWith(folded(slice(s.sourceStart, s.sourceEnd)).split(' ')[0])) {
      warnings.push({ code: 'gold-offsets', severity: 'warning', source, message: `statements[${i}]: text[${s.sourceStart}:${s.sourceEnd}] is not its "sourceText"` });
    }
  });
  return warnings;
}
