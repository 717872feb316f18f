import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { showRenderer } from '../../src/render/show.js';
import type { Article } from '../../src/types.js';
import { article, entity, statement } from './article.js';

const text = 'Velmar council met on Friday.\n\n"The 🚢 port will reopen in May," Mayor Ana Ruiz said. Officials agreed the plan was sound.';
const a = article('council', text, [entity(text, 'e1', 'person', 'Ana Ruiz', ['Ana Ruiz']), entity(text, 'e2', 'place', 'Velmar', ['Velmar'])], [
  statement(text, 's1', { name: 'Ana Ruiz', entity: 'e1', mention: 'Mayor Ana Ruiz' }, 'said', 'The 🚢 port will reopen in May,'),
  statement(text, 's2', { name: null, mention: 'Officials' }, 'agreed', 'the plan was sound'),
], { publisher: 'Velmar Gazette' });

function show(art: Article, txt: string, level: 0 | 3, width = 80): string {
  const renderer = showRenderer({ chalk: new Chalk({ level }), width });
  return renderer.begin() + renderer.article(art, txt) + renderer.end();
}

describe('show without colour', () => {
  const out = show(a, text, 0);

  it('marks statements with their speaker in brackets, speaker mentions and cues', () => {
    expect(out).toContain('"[Ana Ruiz: The 🚢 port will reopen in May,]" {Mayor Ana Ruiz} *said*.');
    expect(out).toContain('{Officials} *agreed* [unknown speaker: the plan was sound].');
    expect(out).not.toContain('\u001b[');
  });

  it('has a legend of speakers with counts and lists entities by type', () => {
    expect(out).toMatch(/^Speakers {2}Ana Ruiz \(1\), unknown speaker \(1\)$/m);
    expect(out).toMatch(/^Key {7}\[Speaker: statement\]/m);
    expect(out).toMatch(/^ {2}person {8}Ana Ruiz \(1\)$/m);
    expect(out).toMatch(/^ {2}place {9}Velmar \(1\)$/m);
    expect(out).toMatch(/^council\nVelmar Gazette · 2 statements · 2 entities$/m);
  });

  it('fits every line in the width', () => {
    for (const width of [40, 80]) {
      for (const line of show(a, text, 0, width).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('says when an article has no statements, in the singular where there is one entity', () => {
    const quiet = 'The river rose overnight in Karsk.';
    const shown = show(article('river', quiet, [entity(quiet, 'e1', 'place', 'Karsk', ['Karsk'])], []), quiet, 0);
    expect(shown).toMatch(/^0 statements · 1 entity$/m);
    expect(shown).toMatch(/^Speakers {2}none found$/m);
  });

  it('shows control characters in the text as replacements, never as terminal commands', () => {
    const hostile = 'Clear \u001b[2J screen and \u0007 bell.';
    const shown = show(article('hostile', hostile, [], []), hostile, 0);
    expect(shown).toContain('Clear \ufffd[2J screen and \ufffd bell.');
    expect(shown).not.toMatch(/[\u0007\u001b]/);
  });
});

describe('show with colour', () => {
  const out = show(a, text, 3);

  it('colours a statement in its speaker colour and grey for an unknown speaker', () => {
    expect(out).toContain('\u001b[38;2;76;141;255mThe 🚢 port will reopen in May,');
    expect(out).toContain('\u001b[38;2;139;148;158mthe plan');
  });

  it('marks the speaker mention, cue and entities, and no brackets', () => {
    expect(out).toContain('\u001b[38;2;76;141;255m\u001b[1m\u001b[7mMayor ');
    expect(out).toContain('\u001b[38;2;76;141;255m\u001b[1msaid');
    expect(out).toContain('\u001b[4mVelmar\u001b[24m');
    expect(out).not.toContain('[Ana Ruiz:');
  });
});
