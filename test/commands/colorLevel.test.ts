import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/commands/colorLevel.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colorLevel', () => {
  it('colours a terminal by its depth and a pipe not at all, in auto', () => {
    expect(colorLevel('auto', { TERM: 'xterm-256color' }, tty)).toBe(2);
    expect(colorLevel('auto', { TERM: 'xterm', COLORTERM: 'truecolor' }, tty)).toBe(3);
    expect(colorLevel('auto', { TERM: 'xterm-256color' }, pipe)).toBe(0);
    expect(colorLevel('auto', { TERM: 'dumb' }, tty)).toBe(0);
  });

  it('reads NO_COLOR only when it is not empty, and FORCE_COLOR as a level', () => {
    expect(colorLevel('auto', { TERM: 'xterm-256color', NO_COLOR: '' }, tty)).toBe(2);
    expect(colorLevel('auto', { TERM: 'xterm-256color', NO_COLOR: '1' }, tty)).toBe(0);
    expect(colorLevel('auto', { FORCE_COLOR: '3' }, pipe)).toBe(3);
    expect(colorLevel('auto', { TERM: 'xterm-256color', FORCE_COLOR: '0' }, tty)).toBe(0);
  });

  it('lets the command line win: always colours even where the environment says none, never never colours', () => {
    expect(colorLevel('always', { FORCE_COLOR: '0' }, pipe)).toBe(1);
    expect(colorLevel('always', { TERM: 'xterm-256color' }, pipe)).toBe(2);
    expect(colorLevel('never', { FORCE_COLOR: '3' }, tty)).toBe(0);
    expect(colorLevel(false, { TERM: 'xterm-256color' }, tty)).toBe(0);
  });
});
