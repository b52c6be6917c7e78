import { fin, hashString, mix } from '../hash.js';

/** Per-word hashes computed once per sentence, so features only mix integers. */
export class WordInfo {
  n = 0;
  form = new Uint32Array(64);
  lower = new Uint32Array(64);
  shape = new Uint32Array(64);
  /** Suffixes of length 1..4 at [4 * i + k - 1]; prefixes of length 1..3 likewise. */
  suf = new Uint32Array(256);
  pre = new Uint32Array(256);
  /** Ambiguity class of each word (bit mask of tags seen in training; all ones when unseen). */
  amb = new Uint32Array(64);

  /** Fills the arrays for `words`. */
  load(words: readonly string[]): void {
    const n = words.length;
    if (n > this.form.length) {
      const cap = n * 2;
      this.form = new Uint32Array(cap);
      this.lower = new Uint32Array(cap);
      this.shape = new Uint32Array(cap);
      this.amb = new Uint32Array(cap);
      this.suf = new Uint32Array(cap * 4);
      this.pre = new Uint32Array(cap * 4);
    }
    this.n = n;
    for (let i = 0; i < n; i++) {
      const w = words[i];
      const lw = normalise(w);
      this.form[i] = hashString(w);
      this.lower[i] = hashString(lw);
      this.shape[i] = shapeHash(w);
      const len = lw.length;
      for (let k = 1; k <= 4; k++) {
        this.suf[4 * i + k - 1] = k <= len ? mix(hashString(lw, len - k, len), k) >>> 0 : k;
        this.pre[4 * i + k - 1] = k <= len ? mix(hashString(lw, 0, k), k + 8) >>> 0 : k + 8;
      }
    }
  }
}

/** Lower case, digits folded to 0 and curly quotes made plain: the key words are learnt under. */
export function normalise(w: string): string {
  let out = w.toLowerCase();
  if (/[0-9]/.test(out)) out = out.replace(/[0-9]/g, '0');
  if (/[‘’“”]/.test(out)) out = out.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return out;
}

/** Word shape: X for upper, x for lower, d for digit, other characters kept; runs cut at 3. */
export function shapeHash(w: string): number {
  let h = 0x1234567;
  let last = -1;
  let run = 0;
  const len = Math.min(w.length, 24);
  for (let i = 0; i < len; i++) {
    const c = w.charCodeAt(i);
    let s: number;
    if (c >= 65 && c <= 90) s = 88;
    else if (c >= 97 && c <= 122) s = 120;
    else if (c >= 48 && c <= 57) s = 100;
    else if (c > 127 && w[i].toLowerCase() !== w[i].toUpperCase()) s = w[i] === w[i].toUpperCase() ? 88 : 120;
    else s = c;
    run = s === last ? run + 1 : 0;
    last = s;
    if (run < 3) h = mix(h, s);
  }
  return fin(h);
}
