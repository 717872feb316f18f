import { createHash } from 'node:crypto';
import { escapeHtml as esc } from './htmlEscape.js';
import { PAGE_SCRIPT } from './htmlScript.js';
import { PAGE_STYLE, SPEAKER_PALETTE } from './htmlStyle.js';
import type { SpeakerSummary } from './speakers.js';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Nothing is fetched, and only the page's own style and script run: even if some text got past
 * the escaping, the browser would refuse an injected script, event handler or image load.
 */
const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${sha256(PAGE_STYLE)}; script-src ${sha256(PAGE_SCRIPT)}; base-uri 'none'; form-action 'none'`;

const STATEMENT_KEY = '<span><span class="st c0">statement</span> in its speaker\'s colour</span>' +
  '<span><span class="who c0">speaker</span> mention</span><span><span class="cue c0">cue</span></span>';
const ENTITY_KEY = ['person', 'organization', 'initiative', 'place'].map((type) => `<span><span class="ent t-${type}">${type}</span></span>`).join('');

/** The CSS class holding a speaker's colours; speakers past the palette share colours round it. */
export function colourClass(speaker: SpeakerSummary): string {
  return speaker.slot < 0 ? 'cu' : `c${speaker.slot % SPEAKER_PALETTE.length}`;
}

export function pageHead(title: string, withStatements: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="statements">
<title>${esc(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="top"><h1>${esc(title)}</h1>
<p class="legend">${withStatements ? STATEMENT_KEY : ''}${ENTITY_KEY}<span>hover or click a mark for details</span></p></header>
<main>
`;
}

export function pageFoot(index: string): string {
  return `</main>\n${index}<div id="tip" role="tooltip"></div>\n<script>${PAGE_SCRIPT}</script>\n</body>\n</html>\n`;
}
