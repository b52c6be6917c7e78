/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const HAS_CONTROL = /[\p{Cc}\u2028\u2029]/u;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A string made safe to print on one line of a terminal or log: control characters (a newline in
 * a file name, an escape sequence) are shown escaped (`\n`, `\x1b`, `\u2028`), so that a name
 * cannot start a line of its own, forge another line of output or move the cursor.
 */
export function printable(s: string): string {
  if (!HAS_CONTROL.test(s)) return s;
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return (
      NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
    );
  });
}
