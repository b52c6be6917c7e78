/**
 * Longest run of characters without a space, tab or line break that the tokenizer reads as words.
 * wink's tokenizer tries some of its patterns (e-mail addresses among them) with backtracking over
 * the whole run, which costs time in the square of the run's length: one 40,000-character run took
 * 4.6 s. No word, number or address in news is this long; a longer run (a base64 blob, a minified
 * script, a line of dashes) becomes one opaque token tagged `X`, so the tokenizer's cost stays
 * linear in the length of the text.
 */
export const MAX_TOKEN_CHARS = 64;

/** A text with every over-long run masked, and where those runs were. */
export interface MaskedRuns {
  /** Same length as the text: each long run is `X` followed by spaces. */
  shadow: string;
  /** End offset of each masked run, by its start offset. */
  runEnds: Map<number, number>;
}

function isBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * Masks the runs longer than `max` characters. Runs are delimited by space, tab, CR and LF only,
 * characters every tokenizer splits on, so no piece the tokenizer sees is longer than `max`.
 * Offsets are kept: the shadow has the text's length and the masked token `X` sits at the run's
 * start. Linear in the text's length; a text without long runs is returned as it is.
 */
export function maskLongRuns(text: string, max = MAX_TOKEN_CHARS): MaskedRuns {
  const runEnds = new Map<number, number>();
  let parts: string[] | null = null;
  let copied = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const brk = i === text.length || isBreak(text.charCodeAt(i));
    if (!brk) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start > max) {
      parts ??= [];
      parts.push(text.slice(copied, start), 'X', ' '.repeat(i - start - 1));
      copied = i;
      runEnds.set(start, i);
    }
    start = -1;
  }
  if (!parts) return { shadow: text, runEnds };
  parts.push(text.slice(copied));
  return { shadow: parts.join(''), runEnds };
}
