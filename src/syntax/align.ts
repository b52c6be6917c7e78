/**
 * Maps the language stage's tokens (wink's) to the syntactic words UD English uses. wink already
 * splits most clitics ("do" + "n't", "ca" + "n't", "can" + "not") and most hyphenated words; what
 * it keeps whole is split here by rule:
 *
 * - syntax.align.clitic: a word followed by English clitics: "I'm" -> "I" "'m", "They'd've" ->
 *   "They" "'d" "'ve", "John's" -> "John" "'s" (straight or curly apostrophe);
 * - syntax.align.gonna: "gonna", "wanna", "gotta" -> "gon" "na", "wan" "na", "got" "ta";
 * - syntax.align.punct-run: punctuation tokens written together ("!!!", "...", "?!", "--"), which
 *   wink splits one character at a time, are one word.
 *
 * Every other token is one word. Each word remembers its token, so heads found over words can be
 * carried back to tokens.
 */

const CLITIC = /^(.*?[A-Za-z0-9])((?:['’](?:s|m|d|ll|re|ve|S|M|D|LL|RE|VE))+)$/;
const ONE_CLITIC = /['’](?:s|m|d|ll|re|ve)/gi;
const GONNA = /^(gon|wan|got)(na|ta)$/i;

export interface Alignment {
  words: string[];
  /** Token index of each word (its first token when tokens were merged). */
  tokenOf: number[];
  /** Index of the (first) word of each token. */
  firstWord: number[];
}

const PUNCT = /^[!?.\-*~=_+#]+$/;

/**
 * The UD words of one sentence's tokens, with the token each comes from. `joined[t]` is true when
 * token t follows token t - 1 with no space between (from the character offsets).
 */
export function alignTokens(tokens: readonly string[], joined?: readonly boolean[]): Alignment {
  const words: string[] = [];
  const tokenOf: number[] = [];
  const firstWord: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (joined?.[t] && t > 0 && PUNCT.test(tokens[t]) && PUNCT.test(tokens[t - 1])) {
      firstWord.push(words.length - 1);
      words[words.length - 1] += tokens[t];
      continue;
    }
    firstWord.push(words.length);
    for (const w of splitToken(tokens[t])) {
      words.push(w);
      tokenOf.push(t);
    }
  }
  return { words, tokenOf, firstWord };
}

/** The words of one token (usually the token itself). */
export function splitToken(token: string): string[] {
  const g = GONNA.exec(token);
  if (g && (g[2].toLowerCase() === 'na') === (g[1].toLowerCase() !== 'got')) return [g[1], g[2]];
  const m = CLITIC.exec(token);
  if (!m) return [token];
  return [m[1], ...(m[2].match(ONE_CLITIC) ?? [])];
}
