/**
 * wink-nlp's tokenizer takes time quadratic in the length of a run of text without a
 * break (a 40,000-character "word" costs seconds, a 10 MB one hours). Runs that long are
 * never words (base64, a scraped blob, a line of dashes), so before tokenizing we give
 * wink-nlp a copy with a space inside every overlong run; tokens are laid back on the
 * original text afterwards, so no offset changes.
 */

/** Longer unbroken runs are cut: short enough to keep tokenizing linear, long enough for any URL. */
export const MAX_RUN = 256;

/** The characters at which wink-nlp's tokenizer splits a text into runs (measured on 2.4). */
function isBreak(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The text with a space inserted every MAX_RUN code units of an unbroken run, never inside a surrogate pair. */
export function breakLongRuns(text: string): string {
  const cuts: number[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (isBreak(text.charCodeAt(i))) {
      runStart = i + 1;
    } else if (i - runStart >= MAX_RUN && !isLowSurrogate(text.charCodeAt(i))) {
      cuts.push(i);
      runStart = i;
    }
  }
  if (cuts.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts.join(' ');
}
