import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readAliases } from '../../src/io/readAliases.js';
import { looksExtracted, readExtracted } from '../../src/io/readExtracted.js';
import { peekFirstLine } from '../../src/io/peekStream.js';
import { CORPUS } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'statements-corpus-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readAliases', () => {
  it('reads JSON objects, JSON pairs and CSV with or without a header', () => {
    const expected = [['Anna Wale', 'Ana Vale'], ['T. Brenner', 'Tomas Brenner']];
    expect(readAliases(file('a.json', JSON.stringify({ 'Anna Wale': 'Ana Vale', 'T. Brenner': 'Tomas Brenner' })))).toEqual({ ok: true, pairs: expected });
    expect(readAliases(file('b.json', JSON.stringify(expected)))).toEqual({ ok: true, pairs: expected });
    expect(readAliases(file('c.csv', 'name,canonical\r\nAnna Wale,Ana Vale\r\n"T. Brenner","Tomas Brenner"\r\n'))).toEqual({ ok: true, pairs: expected });
    expect(readAliases(file('d.csv', 'Anna Wale,Ana Vale\nT. Brenner,Tomas Brenner\n'))).toEqual({ ok: true, pairs: expected });
  });

  it('says what is wrong with a bad file', () => {
    const bad = readAliases(file('e.csv', 'Anna Wale\n'));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/row 1: expected two columns/);
    expect(readAliases(join(dir, 'missing.csv')).ok).toBe(false);
  });
});

describe('readExtracted', () => {
  const read = async (text: string, path: string) => {
    const out = [];
    for await (const item of readExtracted(Readable.from([Buffer.from(text)]), path)) out.push(item.ok ? item.article.id : `problem ${item.problem.source} ${item.problem.code}`);
    return out;
  };

  it('reads extracted JSONL and the json format, one article per line', async () => {
    const jsonl = CORPUS.map((a) => JSON.stringify(a)).join('\n') + '\n';
    expect(await read(jsonl, 'x.jsonl')).toEqual(['first', 'second', 'third']);
    const json = '{"schemaVersion":1,"articles":[\n' + CORPUS.map((a) => JSON.stringify(a)).join(',\n') + '\n]}\n';
    expect(await read(json, 'x.json')).toEqual(['first', 'second', 'third']);
  });

  it('reports a line that is not an extracted article, and goes on', async () => {
    const text = [JSON.stringify(CORPUS[0]), '{"id": "raw", "text": "Ana Vale said so."}', '{oops', JSON.stringify(CORPUS[1])].join('\n');
    expect(await read(text, 'x.jsonl')).toEqual(['first', 'problem x.jsonl:2 shape', 'problem x.jsonl:3 json', 'second']);
  });

  it('tells our output from input articles by its shape', () => {
    expect(looksExtracted(JSON.stringify(CORPUS[0]))).toBe(true);
    expect(looksExtracted('{"schemaVersion":1,"articles":[')).toBe(true);
    expect(looksExtracted('{"id": "raw", "text": "Ana Vale said so."}')).toBe(false);
    expect(looksExtracted('Ana Vale said so.')).toBe(false);
  });

  it('peeks at the first line of a stream and gives all of it back', async () => {
    const peeked = await peekFirstLine(Readable.from([Buffer.from('\n{"a"'), Buffer.from(':1}\nsecond\n')]));
    expect(peeked.firstLine).toBe('{"a":1}');
    const chunks: Buffer[] = [];
    for await (const chunk of peeked.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('\n{"a":1}\nsecond\n');
  });

  it('skips a byte order mark and blank lines before the first line', async () => {
    const peeked = await peekFirstLine(Readable.from([Buffer.from('\uFEFF\n  \r\n{"b":2}\r\nnext')]));
    expect(peeked.firstLine).toBe('{"b":2}\r');
  });

  it('stops looking after maxBytes of a line that does not end, and still gives all of the stream back', async () => {
    let pulled = 0;
    async function* endless() {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield Buffer.from('abcd');
      }
    }
    const peeked = await peekFirstLine(endless(), 10);
    expect(pulled).toBe(3);
    expect(peeked.firstLine).toBe('abcdabcdab');
    let length = 0;
    for await (const chunk of peeked.stream) length += (chunk as Buffer).length;
    expect(length).toBe(4000);
  });
});
