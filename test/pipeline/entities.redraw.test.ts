/**
 * The tagger's sure names redraw the rules' candidates (`redraw.ts`): a candidate holding two of
 * them becomes two, candidates one of them spans exactly become one. Tagger spans are set by hand
 * here, so each case has a known answer whatever the shipped model says.
 */
import { describe, expect, it } from 'vitest';
import { candidateOf } from '../../src/pipeline/entities/2-shape.js';
import { redrawCandidates } from '../../src/pipeline/entities/redraw.js';
import { analyseByRules } from '../../src/pipeline/entities/rules.js';
import { TAG_TYPES, type TaggedSpan } from '../../src/pipeline/entities/tagger/labels.js';
import { tokenize } from '../../src/pipeline/tokenize.js';

/** The token span of `words` in `text`. */
function spanOf(doc: ReturnType<typeof tokenize>, words: string): { first: number; last: number } {
  const start = doc.text.indexOf(words);
  const first = doc.tokens.findIndex((t) => t.start === start);
  const last = doc.tokens.findIndex((t) => t.end === start + words.length);
  if (first < 0 || last < 0) throw new Error(`no tokens for ${words}`);
  return { first, last };
}

/**
 * The rules' candidates of `text` (or the candidates named in `drawn`) redrawn by tagger names
 * given as [words, type], each with confidence `sure`.
 */
function redrawn(text: string, names: [string, (typeof TAG_TYPES)[number]][], sure = 1, drawn?: string[]): string[] | null {
  const doc = tokenize(text);
  const rules = analyseByRules(doc);
  const candidates = drawn ? drawn.map((words) => candidateOf(rules.view, spanOf(doc, words))!) : rules.mentions;
  const spans: TaggedSpan[] = names.map(([words, type]) => ({ ...spanOf(doc, words), type: TAG_TYPES.indexOf(type) })).sort((a, b) => a.first - b.first);
  const out = redrawCandidates(rules.view, candidates, spans, spans.map(() => sure), { split: 0.6, merge: 0.95, extend: 0.9 });
  return out && out.map((c) => c.written);
}

const writtenByRules = (text: string) => analyseByRules(tokenize(text)).mentions.map((m) => m.written);

describe('redrawing the rules’ candidates by the tagger’s names', () => {
  it('splits a candidate holding two names joined by a small word', () => {
    const text = 'The club will face Velkburg of Ruritania in the final on Sunday.';
    expect(writtenByRules(text)).toContain('Velkburg of Ruritania');
    expect(redrawn(text, [['Velkburg', 'organization'], ['Ruritania', 'place']])).toEqual(['Velkburg', 'Ruritania']);
  });

  it('splits a line in capitals at an everyday word between the names', () => {
    const text = 'The schedule for Friday:\nVELKBURG AT RURITANIA CITY\nOfficials said the games would go ahead.';
    const drawn = ['VELKBURG AT RURITANIA CITY'];
    expect(redrawn(text, [['VELKBURG', 'organization'], ['RURITANIA CITY', 'organization']], 0.7, drawn)).toEqual(['VELKBURG', 'RURITANIA CITY']);
    const named = 'The schedule for Friday:\nVELKBURG ZORN RURITANIA CITY\nOfficials said the games would go ahead.';
    expect(redrawn(named, [['VELKBURG', 'organization'], ['RURITANIA CITY', 'organization']], 0.7, ['VELKBURG ZORN RURITANIA CITY'])).toBeNull();
  });

  it('merges candidates one name spans exactly across a small word', () => {
    const text = 'Readers of the Velk dello Sport said so.';
    expect(writtenByRules(text)).toEqual(['Velk', 'Sport']);
    expect(redrawn(text, [['Velk dello Sport', 'organization']])).toEqual(['Velk dello Sport']);
  });

  it('keeps names side by side or across a possessive apart', () => {
    const side = 'A spokesman for the Velk Council Jana Dorn said the talks had ended.';
    expect(redrawn(side, [['Velk Council Jana Dorn', 'organization']])).toBeNull();
    const possessive = 'Crowds filled Ruritania’s Grand Mosque on Friday.';
    expect(redrawn(possessive, [['Ruritania’s Grand Mosque', 'place']])).toBeNull();
  });

  it('leaves the candidates alone where the tagger is not sure enough', () => {
    const text = 'The club will face Velkburg of Ruritania in the final on Sunday.';
    expect(redrawn(text, [['Velkburg', 'organization'], ['Ruritania', 'place']], 0.5)).toBeNull();
    const merging = 'Readers of the Velk dello Sport said so.';
    expect(redrawn(merging, [['Velk dello Sport', 'organization']], 0.9)).toBeNull();
  });

  it('extends a candidate by capitalised words the tagger’s name adds, not by an article or a possessive', () => {
    const text = 'Officials said on Monday that Jana Rose would lead The Velk Group’s board.';
    expect(redrawn(text, [['Jana Rose', 'person']], 1, ['Jana'])).toEqual(['Jana Rose']);
    expect(redrawn(text, [['Jana Rose', 'person']], 0.8, ['Jana'])).toBeNull();
    expect(redrawn(text, [['The Velk Group', 'organization']], 1, ['Velk Group'])).toBeNull();
    expect(redrawn(text, [['Velk Group’s', 'organization']], 1, ['Velk Group'])).toBeNull();
  });

  it('keeps a candidate holding a nationality or an event, and a lone candidate the tagger draws shorter', () => {
    const text = 'The club will face Velkburg of Ruritania in the final on Sunday.';
    expect(redrawn(text, [['Velkburg', 'misc'], ['Ruritania', 'place']])).toBeNull();
    expect(redrawn(text, [['Velkburg', 'organization']])).toBeNull();
  });

  it('shrinks a candidate in a line in capitals to the one name the tagger is sure of inside it, and only there', () => {
    const text = 'Results:\nTHREE VELKBURG UNITED PLAYERS BANNED\nOfficials said so.';
    expect(redrawn(text, [['VELKBURG UNITED', 'organization']], 0.7, ['THREE VELKBURG UNITED PLAYERS'])).toEqual(['VELKBURG UNITED']);
    expect(redrawn(text, [['VELKBURG UNITED', 'organization']], 0.5, ['THREE VELKBURG UNITED PLAYERS'])).toBeNull();
    const running = 'Fans cheered the Velkburg United Players on Sunday.';
    expect(redrawn(running, [['Velkburg United', 'organization']], 0.7, ['Velkburg United Players'])).toBeNull();
  });
});
