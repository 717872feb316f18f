import type { ChalkInstance } from 'chalk';
import type { Article, EntityType } from '../types.js';
import type { RenderContext, Renderer } from './renderer.js';
import { summarizeSpeakers, speakerOfStatement, type SpeakerSummary } from './speakers.js';
import { marksOf, type Mark, type MarkKind } from './spans/marks.js';
import { nestMarks } from './spans/nest.js';
import { wrapChunks, type Chunk } from './wrap.js';

/** Speaker colours for a terminal: mid tones that read on dark and light backgrounds alike. */
const SPEAKER_COLOURS = ['#4c8dff', '#ff8c42', '#3fb950', '#bc8cff', '#ff6fae', '#2ec4b6', '#d29922', '#ff6b6b', '#8b93ff', '#8cb33d'];
const UNKNOWN_COLOUR = '#8b949e';
const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'initiative', 'place'];
/** Without colour, only statements, speakers and cues are marked, with brackets; entities are listed below the text. */
const PLAIN_KINDS: MarkKind[] = ['statement', 'speaker', 'cue'];
/** Lines longer than this are hard to read, however wide the terminal. */
const MAX_WIDTH = 100;

/**
 * `statements show`: each article's text as a reader sees it, wrapped to the terminal, with
 * statements in their speaker's colour, speaker mentions and cues marked and entities
 * underlined; a legend of speakers above and the entities by type below. Without colour,
 * spans are marked `[Speaker: ...]`, `{speaker mention}` and `*cue*`, so a pipe still reads.
 */
export function showRenderer(context: Omit<RenderContext, 'view'> & { chalk: ChalkInstance }): Renderer {
  const width = Math.min(MAX_WIDTH, Math.max(20, context.width));
  return {
    needsText: true,
    begin: () => '',
    article: (article, text) => articleView(article, text, context.chalk, width),
    end: () => '',
  };
}

function articleView(article: Article, text: string, chalk: ChalkInstance, width: number): string {
  const plain = chalk.level === 0;
  const speakers = summarizeSpeakers(article);
  const colourOf = (s: SpeakerSummary) => (s.slot < 0 ? UNKNOWN_COLOUR : SPEAKER_COLOURS[s.slot % SPEAKER_COLOURS.length]);
  const speakerOf = speakerOfStatement(article, speakers);
  const nameOf = (index: number) => speakerOf[index].name ?? 'unknown speaker';
  const styleOf = (mark: Mark) => {
    if (mark.kind === 'entity') return chalk.underline;
    const colour = chalk.hex(colourOf(speakerOf[mark.index]));
    return mark.kind === 'speaker' ? colour.bold.inverse : mark.kind === 'cue' ? colour.bold : colour;
  };
  const brackets: Record<MarkKind, (index: number) => [string, string]> = {
    statement: (index) => [`[${nameOf(index)}: `, ']'],
    speaker: () => ['{', '}'],
    cue: () => ['*', '*'],
    entity: () => ['', ''],
  };

  const chunks: Chunk[] = [];
  const open: Mark[] = [];
  for (const event of nestMarks(marksOf(article, text, { kinds: plain ? PLAIN_KINDS : undefined }), text.length)) {
    if (event.type === 'text') {
      const styles = open.map(styleOf);
      chunks.push({ text: forTerminal(text.slice(event.start, event.end)), style: plain ? undefined : (t) => styles.reduceRight((s, style) => style(s), t) });
    } else if (event.type === 'open') {
      open.push(event.mark);
      if (plain) chunks.push({ text: brackets[event.mark.kind](event.mark.index)[0] });
    } else {
      open.pop();
      if (plain) chunks.push({ text: brackets[event.mark.kind](event.mark.index)[1] });
    }
  }
  const body = wrapChunks(chunks, width);
  while (body.length && body[body.length - 1].trim() === '') body.pop();

  const sections = [
    header(article, chalk, width),
    legend(speakers, colourOf, chalk, width),
    body.join('\n'),
    entityList(article, chalk, width),
  ];
  return sections.filter((s) => s !== '').join('\n\n') + '\n\n';
}

function header(article: Article, chalk: ChalkInstance, width: number): string {
  const { meta } = article;
  const title = typeof meta.title === 'string' && meta.title ? meta.title : null;
  const details = [title ? article.id : null, meta.publisher, meta.date, meta.dateline]
    .filter((p): p is string => typeof p === 'string' && p !== '');
  details.push(count(article.statements.length, 'statement', 'statements'), count(article.entities.length, 'entity', 'entities'));
  const rule = (chalk.level === 0 ? '=' : '─').repeat(width);
  const lines = [
    chalk.dim(rule),
    ...wrapChunks([{ text: forTerminal(title ?? article.id), style: chalk.bold }], width),
    ...wrapChunks([{ text: forTerminal(details.join(' · ')), style: chalk.dim }], width),
  ];
  return lines.join('\n');
}

function legend(speakers: SpeakerSummary[], colourOf: (s: SpeakerSummary) => string, chalk: ChalkInstance, width: number): string {
  const plain = chalk.level === 0;
  const label = (text: string) => ({ text: text.padEnd(10), style: chalk.bold });
  const chunks: Chunk[] = [label('Speakers')];
  if (speakers.length === 0) chunks.push({ text: 'none found', style: chalk.dim });
  speakers.forEach((s, i) => {
    if (i > 0) chunks.push({ text: plain ? ', ' : '   ' });
    if (!plain) chunks.push({ text: '■ ', style: chalk.hex(colourOf(s)), keep: true });
    chunks.push({ text: forTerminal(s.name ?? 'unknown speaker'), style: chalk.hex(colourOf(s)), keep: true });
    chunks.push({ text: ` (${s.count})`, style: chalk.dim, keep: true });
  });
  const key: Chunk[] = [label('Key')];
  if (plain) key.push({ text: '[Speaker: statement]   {speaker mention}   *cue*' });
  else {
    const sample = chalk.hex(SPEAKER_COLOURS[0]);
    key.push({ text: 'statement', style: sample }, { text: '   ' }, { text: 'speaker', style: sample.bold.inverse },
      { text: '   ' }, { text: 'cue', style: sample.bold }, { text: '   ' }, { text: 'entity', style: chalk.underline });
  }
  return [...wrapChunks(chunks, width, 10), ...wrapChunks(key, width, 10)].join('\n');
}

function entityList(article: Article, chalk: ChalkInstance, width: number): string {
  if (article.entities.length === 0) return '';
  const lines = [chalk.bold('Entities')];
  for (const type of ENTITY_TYPES) {
    const ofType = article.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (ofType.length === 0) continue;
    const names = ofType.flatMap((e, i): Chunk[] => [{ text: i ? ', ' : '' }, { text: `${forTerminal(e.name)} (${e.mentions.length})`, keep: true }]);
    lines.push(...wrapChunks([{ text: `  ${type.padEnd(14)}`, style: chalk.dim, keep: true }, ...names], width, 16));
  }
  return lines.join('\n');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Article text is data, not terminal commands: control characters (an escape sequence could
 * recolour or clear the screen) become visible replacements; tabs and carriage returns become spaces.
 */
function forTerminal(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
