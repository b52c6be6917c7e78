import type { Problem } from '../core/problem.js';

/** How many leading bytes are inspected to tell binary from text. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which bytes are taken for binary. */
const MAX_CONTROL_RATIO = 0.1;

/** True when the bytes look binary: a NUL byte, or many control characters, near the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, newline, form feed, carriage return and ESC occur in text; other C0 codes do not.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control / n > MAX_CONTROL_RATIO;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/**
 * Decodes input bytes to a string. UTF-8 is required unless a byte-order mark says UTF-16 or the
 * document declares another charset (`<meta charset>`, an HTTP `Content-Type`); the check is
 * strict (TextDecoder `fatal`), so that mojibake never reaches the store.
 */
export function decodeBytes(
  bytes: Uint8Array,
  path: string,
  declaredCharset?: string | null,
): { text: string } | { problem: Problem } {
  if (bytes.length === 0) return { problem: { code: 'empty-file', path, message: 'empty input (0 bytes)' } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksBinary(bytes)) {
    return {
      problem: {
        code: 'binary-file',
        path,
        message: 'binary content (NUL or control bytes), expected text, HTML, JSON or XML',
      },
    };
  }
  const charset = declaredCharset?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return { text: new TextDecoder(charset).decode(bytes) };
    } catch {
      // An unknown label falls through to UTF-8, which most pages that lie about it are.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at >= 0 ? ` at byte ${at} (line ${lineOfByte(bytes, at)})` : '';
    return { problem: { code: 'invalid-utf8', path, message: `invalid UTF-8${where}; expected UTF-8 text` } };
  }
}

/** The charset an HTML document declares in its first bytes (`<meta charset>` or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return m ? m[1]! : null;
}
