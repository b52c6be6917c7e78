import type { Token } from '../core/records.js';
import { alignTokens } from '../syntax/align.js';
import { parseWords } from '../syntax/parse-words.js';
import type { SyntaxModel } from '../syntax/syntax-model.js';

/**
 * Gives each token of each sentence its dependency head (token index in the sentence, -1 for the
 * root) and relation, from our tagger and parser run on the tokens' UD words (syntax/align.ts).
 * A token that is several words ("I'm") takes the head and relation of its word whose head lies
 * outside the token. Each token gets our tagger's UPOS in `upos`; with `retag`, in `pos` too.
 */
export function attachSyntax(tokens: Token[][], model: SyntaxModel, retag: boolean): void {
  for (const toks of tokens) {
    if (toks.length) attachSentence(toks, model, retag);
  }
}

function attachSentence(toks: Token[], model: SyntaxModel, retag: boolean): void {
  const texts = new Array<string>(toks.length);
  const joined = new Array<boolean>(toks.length);
  for (let i = 0; i < toks.length; i++) {
    texts[i] = toks[i].text;
    joined[i] = i > 0 && toks[i - 1].end === toks[i].start;
  }
  const a = alignTokens(texts, joined);
  const p = parseWords(model, a.words);
  for (let t = 0; t < toks.length; t++) {
    const first = a.firstWord[t];
    let w = first;
    // Several words in one token: the one whose head is outside the token speaks for it.
    for (let k = first; k < a.words.length && a.tokenOf[k] === t; k++) {
      const h = p.heads[k] - 1;
      if (h < 0 || a.tokenOf[h] !== t) {
        w = k;
        break;
      }
    }
    const h = p.heads[w] - 1;
    const tok = toks[t];
    tok.head = h < 0 ? -1 : a.tokenOf[h];
    tok.rel = p.deprels[w];
    tok.upos = p.upos[w];
    if (retag) tok.pos = p.upos[w];
  }
}
