/** The tagger's sums of templates read together, against adding each template's row in turn. */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/model/hash.js';
import type { Template } from '../../src/pipeline/entities/tagger/context.js';
import { JointSums, KEPT_ENTRIES } from '../../src/pipeline/entities/tagger/jointSums.js';
import { LABELS } from '../../src/pipeline/entities/tagger/labels.js';

const TEMPLATES: Template[] = [{ id: 1, size: 3 }, { id: 2, size: 5 }, { id: 3, size: 7 }, { id: 4, size: 2 }, { id: 5, size: 4 }];
const random = seededRandom(5);
const base = new Int32Array(TEMPLATES.length);
TEMPLATES.forEach((t, i) => { if (i > 0) base[i] = base[i - 1] + TEMPLATES[i - 1].size; });
const rows = TEMPLATES.reduce((sum, t) => sum + t.size, 0);
/** Rows as a model file gives them: 16-bit weights times a scale, as 32-bit floats, of all sizes. */
const scale = 0.0027357079088687897;
const dense = Float32Array.from({ length: rows * LABELS }, () => Math.round((random() * 2 - 1) * 32767 * random() ** 3) * scale);

/** Token after token, each template's row added in template order. */
function plain(values: Uint16Array, i: number): number[] {
  const out = new Array<number>(LABELS).fill(0);
  TEMPLATES.forEach((_, t) => { for (let l = 0; l < LABELS; l++) out[l] += dense[(base[t] + values[i * TEMPLATES.length + t]) * LABELS + l]; });
  return out;
}

function grouped(sums: JointSums, values: Uint16Array, i: number, entries: Int32Array): number[] {
  sums.entriesOf(values, i, entries);
  const out = new Array<number>(LABELS).fill(0);
  for (let g = 0; g < sums.width; g++) for (let l = 0; l < LABELS; l++) out[l] += sums.sums[entries[i * sums.width + g] * sums.stride + l];
  return out;
}

describe('joint template sums', () => {
  const tokens = 3000;
  const values = Uint16Array.from({ length: tokens * TEMPLATES.length }, (_, k) => Math.floor(random() * TEMPLATES[k % TEMPLATES.length].size));

  it('make a group of each template in none, and of no template that is absent', () => {
    expect(new JointSums(TEMPLATES, [[1, 3], [2, 99]], [{ dense, base, first: 0 }]).width).toBe(3 + 1);
  });

  it('refuse a group whose joint values would not fit a 31-bit integer', () => {
    const wide: Template[] = [{ id: 1, size: 70000 }, { id: 2, size: 70000 }];
    expect(() => new JointSums(wide, [[1, 2]], [])).toThrow(/too many joint values/);
  });

  it('give every token the very same scores, to the bit, whatever the grouping and order', () => {
    const sums = new JointSums(TEMPLATES, [[1, 2, 3], [4, 5]], [{ dense, base, first: 0 }]);
    const entries = new Int32Array(tokens * sums.width);
    // Articles one after another, each large enough that the entries are started again before it.
    for (let article = 0; article < 3; article++) {
      sums.reserve(40000);
      for (let i = 0; i < tokens; i++) expect(grouped(sums, values, i, entries)).toEqual(plain(values, i));
    }
  });

  it('hold no more than their cap across articles, however many combinations a corpus brings', () => {
    const wide: Template[] = [{ id: 1, size: 400 }, { id: 2, size: 400 }];
    const wideDense = Float32Array.from({ length: 800 * LABELS }, (_, k) => (k % 7) - 3);
    const sums = new JointSums(wide, [[1, 2]], [{ dense: wideDense, base: Int32Array.from([0, 400]), first: 0 }]);
    const length = 2000;
    const entries = new Int32Array(length);
    let largest = 0;
    for (let article = 0; article < 40; article++) {
      const articleValues = Uint16Array.from({ length: length * 2 }, () => Math.floor(random() * 400));
      sums.reserve(length);
      for (let i = 0; i < length; i++) {
        sums.entriesOf(articleValues, i, entries);
        const row = sums.sums.subarray(entries[i] * sums.stride, entries[i] * sums.stride + LABELS);
        expect(row[0]).toBe(wideDense[articleValues[2 * i] * LABELS] + wideDense[(400 + articleValues[2 * i + 1]) * LABELS]);
      }
      largest = Math.max(largest, sums.sums.length);
    }
    // 80,000 tokens of 160,000 possible pairs: far more combinations than are kept.
    expect(largest).toBeLessThanOrEqual(KEPT_ENTRIES * sums.stride);
  });

  it('read the second of two passes from its own rows', () => {
    const other = dense.map((w) => -2 * w);
    const sums = new JointSums(TEMPLATES, [[1, 2, 3, 4, 5]], [{ dense, base, first: 0 }, { dense: other, base, first: 0 }]);
    const entries = new Int32Array(tokens);
    sums.reserve(10);
    for (let i = 0; i < 10; i++) {
      sums.entriesOf(values, i, entries);
      const second = Array.from(sums.sums.subarray(entries[i] * sums.stride + LABELS, (entries[i] + 1) * sums.stride));
      expect(second).toEqual(plain(values, i).map((w) => -2 * w));
    }
  });
});
