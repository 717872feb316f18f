/** Short, one-line views of the text around an error, all in code points. */

const SNIPPET_WIDTH = 120;
const CONTEXT = 30;

/** Long text shortened in the middle, on one line. */
export function shorten(text: string, width = SNIPPET_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= width) return flat;
  const half = Math.floor((width - 1) / 2);
  return chars.slice(0, half).join('') + '…' + chars.slice(chars.length - half).join('');
}

/** A mention in its context: "…words before [mention] words after…", code-point offsets. */
export function inContext(chars: string[], start: number, end: number): string {
  const before = chars.slice(Math.max(0, start - CONTEXT), start).join('');
  const after = chars.slice(end, end + CONTEXT).join('');
  return shorten(`${start > CONTEXT ? '…' : ''}${before}[${chars.slice(start, end).join('')}]${after}${end + CONTEXT < chars.length ? '…' : ''}`);
}

/** The first place where any form of a gold entity occurs as whole words, as code points (gold entities carry no offsets). */
export function findForm(text: string, forms: string[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const form of forms.filter((f) => f.trim() !== '')) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
    if (!found) continue;
    const start = Array.from(text.slice(0, found.index)).length;
    if (!best || start < best.start) best = { start, end: start + Array.from(found[0]).length };
  }
  return best;
}

