/** Bytes → text, or the reason they are not text. Drops a UTF-8 byte order mark. */
export type Decoded = { ok: true; text: string } | { ok: false; code: string; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): Decoded {
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

function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
