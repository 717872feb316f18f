/**
 * Bytes → text, or the reason they are not text. UTF-8, or UTF-16 when a byte order mark says so;
 * the byte order mark is dropped.
 */
export type Decoded = { ok: true; text: string } | { ok: false; code: string; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, code: 'encoding', message: `invalid ${utf16.toUpperCase()} (it starts with a byte order mark), expected UTF-8 or UTF-16 text` };
    }
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, code: 'binary', message: 'binary file (contains NUL bytes), expected UTF-8 text' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, code: 'encoding', message: `invalid UTF-8 at byte ${firstInvalidByte(bytes)}, expected UTF-8 text` };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/** The UTF-16 encoding a byte order mark announces, if any. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
