/**
 * UTF-16 index → code point index. Texts without astral characters (almost all news)
 * map to themselves, so the table is built only when a surrogate pair exists.
 */
export type ToCodePoint = (utf16: number) => number;

export function codePointMapper(text: string): ToCodePoint {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) table[++i] = cp;
    }
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}

export function countCodePoints(text: string): number {
  return codePointMapper(text)(text.length);
}

export type ToUtf16 = (codePoint: number) => number;

/** Code point index → UTF-16 index, the inverse of `codePointMapper` (for gold offsets, which are code points). */
export function utf16Mapper(text: string): ToUtf16 {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (i) => i;
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) i++;
  }
  table.push(text.length);
  return (cp) => table[Math.min(cp, table.length - 1)];
}
