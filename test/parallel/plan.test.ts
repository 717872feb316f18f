import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES, workerCount, type InputShape } from '../../src/parallel/plan.js';

const shape = (partial: Partial<InputShape>): InputShape => ({ stdin: false, textFiles: 0, jsonlFiles: 0, bytes: 0, ...partial });
const big = PARALLEL_MIN_BYTES;

describe('workerCount', () => {
  const cases: [string, number, InputShape, number][] = [
    ['--jobs 1 analyses a large input in one worker', 1, shape({ jsonlFiles: 1, bytes: big * 10 }), 1],
    ['--jobs 1 leaves a small input in the main thread', 1, shape({ jsonlFiles: 1, bytes: 1000 }), 0],
    ['one large text file gets one worker', 4, shape({ textFiles: 1, bytes: big * 10 }), 1],
    ['one small text file stays in the main thread', 4, shape({ textFiles: 1, bytes: 1000 }), 0],
    ['standard input with --jobs 1: one worker', 1, shape({ stdin: true }), 1],
    ['many small text files stay in the main thread', 4, shape({ textFiles: 50, bytes: big - 1 }), 0],
    ['a small JSONL file stays in the main thread', 4, shape({ jsonlFiles: 1, bytes: 1000 }), 0],
    ['a large JSONL file gets every job', 4, shape({ jsonlFiles: 1, bytes: big }), 4],
    ['two large text files get two workers, not four', 4, shape({ textFiles: 2, bytes: big }), 2],
    ['standard input may be a long stream: workers', 2, shape({ stdin: true }), 2],
  ];
  it.each(cases)('%s', (_, jobs, input, expected) => {
    expect(workerCount(jobs, input)).toBe(expected);
  });
});
