import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { htmlRenderer } from '../../src/render/html.js';
import type { Article } from '../../src/types.js';
import { article, entity, statement } from './article.js';

function render(articles: [Article, string][], view: 'extract' | 'entities' = 'extract'): string {
  const renderer = htmlRenderer({ view, chalk: new Chalk({ level: 0 }), width: 80 });
  return renderer.begin() + articles.map(([a, text]) => renderer.article(a, text)).join('') + renderer.end();
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('html report: escaping', () => {
  const text = 'Notes <script>window.x = 1</script> and "><img src=x onerror="window.x=2"> & more. ' +
    'Jo Quill said the filter "was <b>fixed</b>".';
  const a = article('bad', text, [entity(text, 'e1', 'person', 'Jo "Q" <Quill>', ['Jo Quill'])], [
    statement(text, 's1', { name: 'Jo "Q" O\'Quill <x>', entity: 'e1', mention: 'Jo Quill' }, 'said', 'the filter "was <b>fixed</b>"'),
  ], { title: '<script>alert(1)</script>', publisher: '"><img src=y>' });
  const html = render([[a, text]]);

  it('runs no script but its own and opens no tag the article wrote', () => {
    expect(count(html, '<script')).toBe(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<[^>]*\sonerror=/);
  });

  it('shows the article text, title and names as text', () => {
    expect(html).toContain('Notes &lt;script&gt;window.x = 1&lt;/script&gt; and &quot;&gt;&lt;img src=x onerror=&quot;window.x=2&quot;&gt; &amp; more.');
    expect(html).toContain('<title>statements: who said what</title>');
    expect(html).toContain('<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(html).toContain('<span>&quot;&gt;&lt;img src=y&gt;</span>');
    expect(html).toContain('data-speaker="Jo &quot;Q&quot; O&#39;Quill &lt;x&gt;"');
    expect(html).toContain('data-name="Jo &quot;Q&quot; &lt;Quill&gt;"');
  });

  it('forbids inline handlers and network loads in its content security policy', () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).not.toContain('unsafe');
  });
});

describe('html report: marks', () => {
  // The emoji is one code point and two UTF-16 units: every span after it must still land on its words.
  const text = '🙂 Ana Ruiz said the 🚢 port of Velmar would reopen. Bo Lind agreed.';
  const a = article('marks', text, [
    entity(text, 'e1', 'person', 'Ana Ruiz', ['Ana Ruiz']),
    entity(text, 'e2', 'place', 'Velmar', ['Velmar']),
  ], [
    statement(text, 's1', { name: 'Ana Ruiz', entity: 'e1', mention: 'Ana Ruiz' }, 'said', 'the 🚢 port of Velmar would reopen'),
    statement(text, 's2', { name: null }, 'agreed', 'Bo Lind'),
  ]);
  const html = render([[a, text]]);

  it('lays spans given in code points on the right characters', () => {
    expect(html).toContain('<span class="who c0" data-for="a1-s1" data-k="entity:e1"><span class="ent t-person" data-e="a1-e1">Ana Ruiz</span></span>');
    expect(html).toContain('<span class="cue c0" data-for="a1-s1" data-k="entity:e1">said</span>');
    expect(html).toMatch(/<span class="st c0"[^>]* data-sid="s1"[^>]*>the 🚢 port of <span class="ent t-place" data-e="a1-e2">Velmar<\/span> would reopen<\/span>/);
  });

  it('has one statement element per statement, in the speaker colour, unknown speakers in grey', () => {
    expect(count(html, 'data-sid=')).toBe(2);
    expect(html).toMatch(/<span class="st cu"[^>]* data-sid="s2"[^>]* data-speaker=""/);
  });

  it('splits a statement that crosses another mark into pieces, only the first focusable', () => {
    const crossing = 'Ana Ruiz said it.';
    const crossed = article('crossing', crossing, [], [
      { ...statement(crossing, 's1', { name: 'Ana Ruiz', mention: 'Ana Ruiz' }, 'said', 'Ruiz said it'), kind: 'direct' },
    ]);
    const page = render([[crossed, crossing]]);
    expect(page).toMatch(/<span class="who c0"[^>]*>Ana <span class="st c0" [^>]*tabindex="0">Ruiz<\/span><\/span><span class="st c0 cont" [^>]*> <span class="cue c0"[^>]*>said<\/span> it<\/span>\./);
    expect(count(page, 'data-sid="s1"')).toBe(2);
    expect(count(page, 'tabindex="0">')).toBe(2); // the statement's first piece and the speaker in the panel
  });

  it('lists speakers with statement counts and entities by type in the panel', () => {
    expect(html).toMatch(/<li class="speaker c0"[^>]*><span class="swatch"><\/span><span class="name">Ana Ruiz<\/span><span class="type">person<\/span><span class="count">1<\/span>/);
    expect(html).toContain('<span class="name">unknown speaker</span>');
    expect(html).toMatch(/<h4 class="t-place">place<\/h4><ul class="entities"><li [^>]*data-e="a1-e2"/);
  });

  it('gives several articles an index, one article none', () => {
    expect(html).not.toContain('<nav');
    const two = render([[a, text], [{ ...a, id: 'other' }, text]]);
    expect(two).toMatch(/<nav class="index"[^>]*><h2>2 articles<\/h2><ol><li><a href="#a1">marks<\/a>.*<a href="#a2">other<\/a>/);
    expect(two).toContain('<section class="article" id="a2">');
  });

  it('shows no statements in the entities view', () => {
    const entitiesOnly = render([[a, text]], 'entities');
    expect(entitiesOnly).not.toContain('data-sid=');
    expect(entitiesOnly).not.toContain('class="who');
    expect(entitiesOnly).toContain('<span class="ent t-place" data-e="a1-e2">Velmar</span>');
  });
});
