const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name as a string, or null when its bytes are not UTF-8. */
export function utf8Name(raw: Buffer): string | null {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return null;
  }
}

/** A file name that is not UTF-8, readable: ASCII kept, every other byte shown as \xNN. */
export function escapedName(raw: Buffer): string {
  let out = '';
  for (const b of raw)
    out +=
      b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return out;
}
