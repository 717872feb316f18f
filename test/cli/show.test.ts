import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cli, json } from '../helpers/cli.js';

const INPUTS = ['test/fixtures/report', 'seeds'];

/** A pipe with no $COLUMNS unless given: the width `show` picks by itself. */
const run = (args: string[], env: Record<string, string> = {}) => cli(args, undefined, { COLUMNS: undefined, ...env });

describe('statements show in a pipe', () => {
  const shown = run(['show', ...INPUTS]);
  const { articles } = json(['extract', ...INPUTS]);

  it('reads every article, without colour codes, wrapped to 80 columns', () => {
    expect(shown.status).toBe(0);
    expect(shown.stdout).not.toContain('\u001b[');
    const lines = shown.stdout.split('\n');
    expect(lines.filter((line) => /^=+$/.test(line))).toHaveLength(articles.length);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('brackets each statement with its speaker', () => {
    const openings = shown.stdout.replace(/\s+/g, ' ').match(/\[[^\]]*?: /g) ?? [];
    const statements = articles.flatMap((a) => a.statements);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(openings).toContain(`[${s.speaker.name || 'unknown speaker'}: `);
  });

  it('wraps to $COLUMNS when it is set', () => {
    for (const line of run(['show', ...INPUTS], { COLUMNS: '50' }).stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(50);
  });

  it('has no --format: it only shows', () => {
    const result = run(['show', 'seeds', '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--format'");
  });
});
