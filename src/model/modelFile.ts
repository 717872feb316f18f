/**
 * A model file: a JSON header saying what the model is and how it was made, then typed arrays,
 * read straight from the bytes (no parsing per weight), so loading costs about one read of the
 * file and each thread that loads it holds the file's size and little more.
 *
 *   bytes 0–7   "STMMODEL"
 *   bytes 8–11  the header's length in bytes (little-endian u32)
 *   header      UTF-8 JSON: { format, ...what the model says of itself, arrays: [{name, type, length, offset}] }
 *   arrays      each at its offset (a multiple of 8 from the start of the file), little-endian
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { WeightTable } from './weights.js';

const MAGIC = 'STMMODEL';
const FORMAT = 1;

type ArrayType = 'u32' | 'i16' | 'f32' | 'u8';
export type ModelArray = Uint32Array | Int16Array | Float32Array | Uint8Array;
const CONSTRUCTORS = { u32: Uint32Array, i16: Int16Array, f32: Float32Array, u8: Uint8Array } as const;

interface ArrayEntry {
  name: string;
  type: ArrayType;
  length: number;
  offset: number;
}

/** What a model says of itself: its kind, feature-template version, labels, recipe, dev figures... */
export type ModelHeader = Record<string, unknown> & { kind: string };

export interface ModelContents {
  header: ModelHeader;
  arrays: Record<string, ModelArray>;
}

function typeOf(array: ModelArray): ArrayType {
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Int16Array) return 'i16';
  if (array instanceof Float32Array) return 'f32';
  return 'u8';
}

const align = (n: number) => Math.ceil(n / 8) * 8;

export function encodeModel({ header, arrays }: ModelContents): Buffer {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('statements: model files are little-endian; this machine is not');
  const names = Object.keys(arrays);
  // Offsets depend on the header's length, which depends on the offsets: lay out twice.
  let entries: ArrayEntry[] = [];
  let json = '';
  for (let pass = 0; pass < 2; pass++) {
    json = JSON.stringify({ format: FORMAT, ...header, arrays: entries });
    let offset = align(12 + Buffer.byteLength(json) + 64);
    entries = names.map((name) => {
      const array = arrays[name];
      const entry = { name, type: typeOf(array), length: array.length, offset };
      offset = align(offset + array.byteLength);
      return entry;
    });
  }
  json = JSON.stringify({ format: FORMAT, ...header, arrays: entries });
  const last = entries.at(-1);
  const size = last ? align(last.offset + arrays[last.name].byteLength) : align(12 + Buffer.byteLength(json));
  const bytes = Buffer.alloc(size);
  bytes.write(MAGIC, 0, 'latin1');
  bytes.writeUInt32LE(Buffer.byteLength(json), 8);
  bytes.write(json, 12, 'utf8');
  for (const entry of entries) {
    const array = arrays[entry.name];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), entry.offset);
  }
  return bytes;
}

export function decodeModel(bytes: Uint8Array, source = 'model'): ModelContents {
  const fail = (what: string): never => { throw new Error(`statements: ${source}: expected a statements model file, ${what}`); };
  if (bytes.length < 12 || Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') !== MAGIC) fail('found no "STMMODEL" at its start');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  if (12 + length > bytes.length) fail('found it cut short');
  let parsed: ModelHeader & { format?: unknown; arrays?: ArrayEntry[] };
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 12, length).toString('utf8'));
  } catch {
    return fail('found a header that is not JSON');
  }
  if (parsed.format !== FORMAT) fail(`of format ${FORMAT}, found format ${String(parsed.format)}`);
  const { arrays: entries = [], format: _format, ...header } = parsed;
  // Typed arrays need aligned offsets; a buffer that does not start on 8 bytes is copied once.
  const base = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  const arrays: Record<string, ModelArray> = {};
  for (const entry of entries) {
    const Type = CONSTRUCTORS[entry.type] ?? fail(`found an array of unknown type ${entry.type}`);
    if (entry.offset + entry.length * Type.BYTES_PER_ELEMENT > base.byteLength) fail(`found array ${entry.name} cut short`);
    arrays[entry.name] = new Type(base.buffer as ArrayBuffer, base.byteOffset + entry.offset, entry.length);
  }
  return { header: header as ModelHeader, arrays };
}

export function readModelFile(path: string): ModelContents {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`statements: ${path}: cannot read the model file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return decodeModel(bytes, path);
}

export function writeModelFile(path: string, contents: ModelContents): void {
  writeFileSync(path, encodeModel(contents));
}

/** A weight table as the arrays of a model file (`<prefix>keys`, `<prefix>weights`, 16-bit), and back. */
export function tableArrays(table: WeightTable, prefix = ''): Record<string, ModelArray> {
  const { weights, scale } = table.quantised();
  return { [`${prefix}keys`]: table.keys, [`${prefix}weights`]: weights, [`${prefix}scale`]: new Float32Array([scale]) };
}

export function tableFrom(contents: ModelContents, labels: number, prefix = ''): WeightTable {
  const keys = contents.arrays[`${prefix}keys`];
  const weights = contents.arrays[`${prefix}weights`];
  const scale = contents.arrays[`${prefix}scale`];
  if (!(keys instanceof Uint32Array) || !(weights instanceof Int16Array) || !(scale instanceof Float32Array)) {
    throw new Error(`statements: expected the model file to hold a weight table "${prefix}", found none`);
  }
  return new WeightTable(labels, keys, weights, scale[0]);
}
