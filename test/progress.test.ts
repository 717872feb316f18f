import { describe, expect, it } from 'vitest';
import { duration, Progress, progressLine } from '../src/progress.js';

function fakeProgress(enabled: boolean) {
  let time = 0;
  const written: string[] = [];
  const progress = new Progress({ enabled, write: (text) => written.push(text), now: () => time, delayMs: 1000, intervalMs: 250 });
  return { progress, written, at: (ms: number) => (time = ms) };
}

describe('Progress', () => {
  it('stays silent during the first second, then redraws at most every 250 ms', () => {
    const { progress, written, at } = fakeProgress(true);
    at(900);
    progress.update(9, null);
    expect(written).toEqual([]);
    at(1000);
    progress.update(10, null);
    at(1100);
    progress.update(11, null);
    at(1250);
    progress.update(12, null);
    expect(written).toEqual(['\r\x1b[K10 articles · 10 articles/s', '\r\x1b[K12 articles · 9.6 articles/s']);
  });

  it('clears its line only when it drew one', () => {
    const { progress, written, at } = fakeProgress(true);
    progress.clear();
    expect(written).toEqual([]);
    at(2000);
    progress.update(4, 8);
    progress.clear();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('writes nothing when disabled (stderr piped, or --quiet)', () => {
    const { progress, written, at } = fakeProgress(false);
    at(5000);
    progress.update(100, 200);
    progress.clear();
    expect(written).toEqual([]);
  });
});

describe('progressLine', () => {
  it.each([
    [1500, null, 3000, '1,500 articles · 500 articles/s'],
    [250, 1000, 5000, '250/1,000 articles (25%) · 50 articles/s · ETA 15s'],
    [3, 10, 2000, '3/10 articles (30%) · 1.5 articles/s · ETA 5s'],
    [0, 10, 2000, '0/10 articles (0%) · 0.0 articles/s'],
  ])('%i done of %s after %i ms', (done, total, elapsed, expected) => {
    expect(progressLine(done, total, elapsed)).toBe(expected);
  });
});

describe('duration', () => {
  it.each([[42, '42s'], [185, '3m05s'], [7620, '2h07m']])('%i s is %s', (seconds, expected) => {
    expect(duration(seconds)).toBe(expected);
  });
});
