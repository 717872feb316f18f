import type { Article, Entity, EntityType } from '../types.js';
import { escapeHtml as esc } from './htmlEscape.js';
import { colourClass } from './htmlPage.js';
import { summarizeSpeakers, speakerOfStatement, type SpeakerSummary } from './speakers.js';
import { marksOf, type Mark } from './spans/marks.js';
import { nestMarks } from './spans/nest.js';

const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'initiative', 'place'];

/** One article as a section: header, the marked-up text, and a side panel of speakers and entities. */
export function articleSection(article: Article, text: string, anchor: string, withStatements: boolean): string {
  const speakers = withStatements ? summarizeSpeakers(article) : [];
  const shown: Article = withStatements ? article : { ...article, statements: [] };
  return `<section class="article" id="${anchor}">\n${articleHeader(article, withStatements)}` +
    `<div class="columns"><div class="text">${markedText(shown, text, anchor, speakers)}</div>\n` +
    `<aside class="panel"><div class="panel-body">${withStatements ? speakerPanel(speakers, anchor) : ''}${entityPanel(article.entities, anchor)}</div></aside></div>\n</section>\n`;
}

/** The title the article gives itself, else its id. */
export function articleTitle(article: Article): string {
  return typeof article.meta.title === 'string' && article.meta.title ? article.meta.title : article.id;
}

function articleHeader(article: Article, withStatements: boolean): string {
  const { meta, stats } = article;
  const details = [article.id !== articleTitle(article) ? article.id : null, meta.publisher, meta.date, meta.dateline, article.source]
    .filter((p): p is string => typeof p === 'string' && p !== '');
  const counts = [
    withStatements ? plural(article.statements.length, 'statement') : null,
    plural(article.entities.length, 'entity', 'entities'),
    plural(stats.characters, 'character'),
  ].filter((c): c is string => c !== null);
  return `<header><h2>${esc(articleTitle(article))}</h2>` +
    `<p class="meta">${details.map((d) => `<span>${esc(d)}</span>`).join('')}</p>` +
    `<p class="counts">${counts.join(' · ')}</p></header>\n`;
}

function markedText(article: Article, text: string, anchor: string, speakers: SpeakerSummary[]): string {
  const speakerOf = speakerOfStatement(article, speakers);
  const entityNames = new Map(article.entities.map((e) => [e.id, e.name]));
  const open = (mark: Mark, continued: boolean): string => {
    if (mark.kind === 'entity') {
      const e = article.entities[mark.index];
      return `<span class="ent t-${e.type}" data-e="${anchor}-${e.id}">`;
    }
    const s = article.statements[mark.index];
    const colour = colourClass(speakerOf[mark.index]);
    const ref = `${anchor}-${s.id}`;
    const key = esc(speakerOf[mark.index].key);
    if (mark.kind !== 'statement') return `<span class="${mark.kind === 'speaker' ? 'who' : 'cue'} ${colour}" data-for="${ref}" data-k="${key}">`;
    const about = s.about.map((id) => entityNames.get(id) ?? id).join(', ');
    const data = {
      s: ref, sid: s.id, kind: s.kind, speaker: s.speaker.name ?? '', 'speaker-type': s.speaker.type ?? '',
      'speaker-text': s.speaker.text ?? '', cue: s.cue ? `${s.cue.text} (${s.cue.lemma})` : '', about, k: speakerOf[mark.index].key,
    };
    const attributes = Object.entries(data).map(([name, value]) => ` data-${name}="${esc(value)}"`).join('');
    return `<span class="st ${colour}${continued ? ' cont' : ''}"${attributes}${continued ? '' : ' tabindex="0"'}>`;
  };
  return nestMarks(marksOf(article, text), text.length).map((event) => {
    if (event.type === 'text') return esc(text.slice(event.start, event.end));
    return event.type === 'open' ? open(event.mark, event.continued) : '</span>';
  }).join('');
}

function speakerPanel(speakers: SpeakerSummary[], anchor: string): string {
  if (speakers.length === 0) return '<h3>Speakers</h3><p class="none">no statements found</p>';
  const items = speakers.map((s) => `<li class="speaker ${colourClass(s)}" data-k="${esc(s.key)}" data-article="${anchor}" tabindex="0">` +
    `<span class="swatch"></span><span class="name">${esc(s.name ?? 'unknown speaker')}</span>` +
    `${s.type ? `<span class="type">${esc(s.type)}</span>` : ''}<span class="count">${s.count}</span></li>`);
  return `<h3>Speakers</h3><ul class="speakers">${items.join('')}</ul>`;
}

function entityPanel(entities: Entity[], anchor: string): string {
  if (entities.length === 0) return '<h3>Entities</h3><p class="none">no entities found</p>';
  const groups = ENTITY_TYPES.map((type) => {
    const ofType = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (ofType.length === 0) return '';
    const items = ofType.map((e) => {
      const details = [e.aliases.length ? `also ${e.aliases.join(', ')}` : '', e.titles.join(', '), e.affiliation ?? '']
        .filter((d) => d !== '').join(' · ');
      return `<li class="entity t-${type}" data-e="${anchor}-${e.id}" data-name="${esc(e.name)}" data-type="${type}" data-details="${esc(details)}" tabindex="0">` +
        `<span class="name">${esc(e.name)}</span><span class="count">${e.mentions.length}</span>` +
        `${details ? `<span class="details">${esc(details)}</span>` : ''}</li>`;
    });
    return `<h4 class="t-${type}">${type}</h4><ul class="entities">${items.join('')}</ul>`;
  });
  return `<h3>Entities</h3>${groups.join('')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
