import type { Token } from '../core/records.js';
import { alignTokens } from '../syntax/align.js';
import type { ConlluRow, ConlluSentence } from '../syntax/conllu.js';
import { parseWords } from '../syntax/parse-words.js';
import type { SyntaxModel } from '../syntax/syntax-model.js';
import { splitSentences } from '../text/split-sentences.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Text to CoNLL-U sentences: the language stage's sentences and tokens, its tokens mapped to UD
 * words (see syntax/align.ts), then our tagger and parser. `docId` prefixes each `# sent_id`.
 */
export function parseText(text: string, docId: string, model: SyntaxModel): ConlluSentence[] {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const out: ConlluSentence[] = [];
  sentences.forEach((s, k) => {
    const toks = tokens[k];
    if (!toks.length) return;
    const joined = toks.map((t, i) => i > 0 && toks[i - 1].end === t.start);
    const a = alignTokens(
      toks.map((t) => t.text),
      joined,
    );
    const p = parseWords(model, a.words);
    const rows: ConlluRow[] = a.words.map((form, i) => {
      const t = a.tokenOf[i];
      const whole = a.firstWord[t] === i && (t + 1 >= toks.length || a.firstWord[t + 1] === i + 1);
      const lastOfToken = i + 1 >= a.words.length || a.tokenOf[i + 1] !== t;
      return {
        id: String(i + 1),
        form,
        lemma: whole ? lemmaOf(toks[t]) : '_',
        upos: p.upos[i],
        xpos: '_',
        feats: '_',
        head: String(p.heads[i]),
        deprel: p.deprels[i],
        deps: '_',
        misc: noSpaceAfter(toks, a.tokenOf, i, lastOfToken) ? 'SpaceAfter=No' : '_',
      };
    });
    const flat = s.text.replace(/\s+/g, ' ').trim();
    out.push({ comments: [`# sent_id = ${docId}-${k + 1}`, `# text = ${flat}`], rows, line: 0 });
  });
  return out;
}

function lemmaOf(t: Token): string {
  return t.lemma && !/[\t\n]/.test(t.lemma) ? t.lemma : '_';
}

/** True when the word is inside a token, or its token is followed directly by the next one. */
function noSpaceAfter(toks: readonly Token[], tokenOf: number[], i: number, lastOfToken: boolean): boolean {
  if (!lastOfToken) return true;
  const t = tokenOf[i];
  let next = t + 1;
  while (next < toks.length && tokenOf.indexOf(next) < 0) next++;
  return next < toks.length && toks[next].start === toks[next - 1].end;
}
