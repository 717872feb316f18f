import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, tableArrays, tableFrom } from '../../src/model/modelFile.js';
import { featureKey } from '../../src/model/hash.js';
import { WeightTable } from '../../src/model/weights.js';

describe('model files', () => {
  const keys = new Uint32Array([featureKey(1, 10), featureKey(1, 11), featureKey(2, 10)]);
  const table = new WeightTable(3, keys, new Float32Array([1.5, -2, 0, 0.25, 0, 3, -0.125, 0.5, 7]));

  it('give back the header and a table whose scores match the original to 16-bit precision', () => {
    const bytes = encodeModel({ header: { kind: 'test', templates: 2, labels: ['O', 'B', 'I'] }, arrays: { ...tableArrays(table), extra: new Uint8Array([1, 2, 3]) } });
    const read = decodeModel(bytes);
    expect(read.header).toEqual({ kind: 'test', templates: 2, labels: ['O', 'B', 'I'] });
    expect([...read.arrays.extra]).toEqual([1, 2, 3]);
    const back = tableFrom(read, 3);
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    table.score(keys, 0, 3, a);
    back.score(keys, 0, 3, b);
    for (let l = 0; l < 3; l++) expect(b[l]).toBeCloseTo(a[l], 3);
    expect(back.weight(featureKey(2, 10), 2)).toBeCloseTo(7, 3);
    expect(back.weight(featureKey(9, 9), 0)).toBe(0);
  });

  it('reads from a buffer that does not start on an 8-byte boundary', () => {
    const bytes = encodeModel({ header: { kind: 'test' }, arrays: tableArrays(table) });
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(tableFrom(decodeModel(shifted.subarray(3)), 3).weight(keys[0], 0)).toBeCloseTo(1.5, 3);
  });

  it('refuses a file that is no model, with the file named', () => {
    expect(() => decodeModel(Buffer.from('{"not": "a model"}'), 'x.json')).toThrow('statements: x.json: expected a statements model file, found no "STMMODEL" at its start');
  });
});
