import { WriteStream } from 'node:tty';

/** `--color`: `auto` colours a terminal only; `--no-color` is `never`. */
export type ColorMode = 'always' | 'never' | 'auto';
export const COLOR_MODES: ColorMode[] = ['always', 'never', 'auto'];

/** chalk's levels: none, 16 colours, 256, 24-bit. */
export type ColorLevel = 0 | 1 | 2 | 3;

interface Terminal {
  isTTY?: boolean;
}

/**
 * How much colour to write: `--color never` (or `--no-color`) none; `always` colour even into a
 * pipe; `auto` (the default) only to a terminal, never with a non-empty NO_COLOR (no-color.org: an
 * empty one does not count) or TERM=dumb. FORCE_COLOR (0 to 3, as chalk and Node read it) sets the
 * level for `auto`, terminal or not; `always` colours whatever the environment says. The depth is the terminal's, from TERM and COLORTERM as Node
 * reads them: a vt100 gets 16 colours, not 24-bit codes it would print as garbage.
 */
export function colorLevel(mode: ColorMode | boolean | undefined, env: NodeJS.ProcessEnv, stdout: Terminal): ColorLevel {
  const when: ColorMode = mode === false ? 'never' : mode === true || mode === undefined ? 'auto' : mode;
  if (when === 'never') return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (when === 'auto') {
    if (forced !== null) return forced;
    if (env.NO_COLOR || !stdout.isTTY || env.TERM === 'dumb') return 0;
  }
  const level = depthLevel(env);
  return when === 'always' ? (Math.max(level, forced || 1) as ColorLevel) : level;
}

/** FORCE_COLOR as chalk reads it: empty or "true" is 16 colours, "0" or "false" none, 1 to 3 that level. */
function forcedLevel(value: string | undefined): ColorLevel | null {
  if (value === undefined) return null;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number(value);
  return Number.isInteger(n) ? (Math.min(3, Math.max(0, n)) as ColorLevel) : 1;
}

/** The terminal's colour depth from its environment, leaving out what is decided above. */
function depthLevel(env: NodeJS.ProcessEnv): ColorLevel {
  const { FORCE_COLOR: _force, NO_COLOR: _no, NODE_DISABLE_COLORS: _disable, ...rest } = env;
  const bits = WriteStream.prototype.getColorDepth.call(null, rest);
  return bits >= 24 ? 3 : bits >= 8 ? 2 : bits >= 4 ? 1 : 0;
}
