/**
 * Code point offset → UTF-16 index, the inverse of the pipeline's mapping: the output speaks
 * code points (an emoji counts 1) while JavaScript strings are UTF-16. Texts without astral
 * characters map to themselves, so the table is built only when a surrogate pair exists.
 */
export type ToUtf16 = (codePoint: number) => number;

export function utf16Index(text: string): ToUtf16 {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (cp) => clamp(cp, text.length);
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  table.push(text.length);
  return (cp) => table[clamp(cp, table.length - 1)];
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(0, Math.trunc(n)), max);
}
