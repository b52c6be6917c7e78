import type { Clause } from './clauses.js';
import type { CueSets } from './patterns.js';
import type { Tok } from './sentence-view.js';

/** Does [from, to) read as an attribution: a short phrase with a reporting verb and no clause of its own? */
function attributionWords(toks: readonly Tok[], cues: CueSets, from: number, to: number): boolean {
  const tail = toks.slice(from, to).filter((x) => x.pos !== 'PUNCT');
  const verbs = tail.filter((x) => x.pos === 'VERB' || x.pos === 'AUX');
  return (
    verbs.length >= 1 &&
    verbs.length <= 2 &&
    verbs.some((v) => cues.speech.single.has(v.lemma)) &&
    tail.length <= 14 &&
    !tail.some((x) => x.pos === 'SCONJ' || x.lower === 'that')
  );
}

/**
 * The attribution after the sentence's last comma (", officials said."), or after the comma before
 * it when a participle clause or a phrase with no verb closes the sentence (", officials said,
 * adding that ...", ", the ministry said, two weeks after the attack.").
 */
export function trailingAttribution(
  toks: readonly Tok[],
  cues: CueSets,
  opens: Omit<Clause, 'index' | 'end'>[],
): void {
  const n = toks.length;
  const commas: number[] = [];
  for (let c = n - 1; c > 2 && commas.length < 2; c--) if (toks[c].text === ',') commas.push(c);
  if (!commas.length) return;
  const [last, before] = commas;
  if (attributionWords(toks, cues, last + 1, n)) {
    for (let k = opens.length - 1; k >= 0; k--) if (opens[k].start > last) opens.splice(k, 1);
    opens.push({ start: last + 1, kind: 'attribution', governor: null, marker: null });
    return;
  }
  // what closes the sentence is a participle clause or a phrase with no verb ("two weeks after
  // a deadly attack")
  const participle = toks[last + 1]?.pos === 'VERB' && /ing$/.test(toks[last + 1].lower);
  const verbless = !toks.slice(last + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (before === undefined || !(participle || verbless) || last - before > 8) return;
  if (!attributionWords(toks, cues, before + 1, last)) return;
  for (let k = opens.length - 1; k >= 0; k--)
    if (opens[k].start > before && opens[k].start <= last) opens.splice(k, 1);
  opens.push({ start: before + 1, kind: 'attribution', governor: null, marker: null });
  if (participle && !opens.some((o) => o.start === last + 1))
    opens.push({ start: last + 1, kind: 'participle', governor: null, marker: null });
}
