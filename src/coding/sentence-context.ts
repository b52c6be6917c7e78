import type { Quote, Sentence } from '../core/records.js';
import { type ActorHit, type ActorReader, hitAt } from './actor-phrases.js';
import { type Clause, splitClauses } from './clauses.js';
import type { SentenceInput } from './draft-event.js';
import { findTriggers, type TriggerMatch } from './find-triggers.js';
import { OBLIGATION } from './modality.js';
import type { PatternBook } from './patterns.js';
import { treeOnDemand } from './sentence-tree.js';
import {
  chunkNounPhrases,
  groupPhrases,
  type NounPhrase,
  type PhraseGroup,
  type Tok,
  toToks,
} from './sentence-view.js';
import type { Tree } from './tree-roles.js';

/**
 * One sentence as the coder reads it, built once: its tokens, triggers, phrases and clauses, the
 * direct quotes over it, the actors of its phrases (looked up once per phrase), and what the
 * sentence-wide passes found (a closing attribution, the complements that events absorb).
 */
export class SentenceContext {
  readonly sentence: Sentence;
  readonly book: PatternBook;
  readonly actors: ActorReader;
  readonly groupOfToken: (PhraseGroup | undefined)[];
  private readonly sentQuotes: readonly Quote[];
  private readonly groupActorCache = new Map<PhraseGroup, ActorHit[]>();
  /** The closing attribution clause (", officials said"), if any. */
  attribution: Clause | null = null;
  /** The source of that attribution or of "according to ...", if any. */
  attributionSource: ActorHit | null = null;
  /** Tokens of complements absorbed by verbal events ("threatened to strike", "demanded that X leave"). */
  readonly absorbed: Uint8Array;
  /** Where the complement a trigger absorbs ends. */
  readonly absorbEnd = new Map<TriggerMatch, number>();
  /** Tokens inside a noun phrase (an attributive participle, "the occupied territories", is no event). */
  readonly inPhrase: Uint8Array;

  constructor(
    readonly input: SentenceInput,
    readonly toks: Tok[],
    private readonly parse: () => Tree | null,
    readonly triggers: TriggerMatch[],
    readonly nps: NounPhrase[],
    readonly groups: PhraseGroup[],
    readonly clauses: Clause[],
  ) {
    this.sentence = input.sentence;
    this.book = input.book;
    this.actors = input.actors;
    const sentence = input.sentence;
    this.sentQuotes = input.quotes.filter(
      (q) => q.kind === 'direct' && q.content.end > sentence.start && q.content.start < sentence.end,
    );
    this.groupOfToken = new Array(toks.length);
    for (const g of groups) for (let k = g.start; k < g.end; k++) this.groupOfToken[k] = g;
    this.absorbed = new Uint8Array(toks.length);
    this.inPhrase = new Uint8Array(toks.length);
  }

  private treeMemo: Tree | null | undefined;

  /** The sentence's dependency tree, parsed on first use where the language stage did not. */
  get tree(): Tree | null {
    if (this.treeMemo === undefined) this.treeMemo = this.parse();
    return this.treeMemo;
  }

  /** The direct quote token i stands in, if any. */
  quote(i: number): Quote | null {
    const toks = this.toks;
    return this.sentQuotes.length
      ? (this.sentQuotes.find((q) => toks[i].start >= q.content.start && toks[i].end <= q.content.end) ??
          null)
      : null;
  }

  /** The actor who speaks a quote. */
  speakerOf(q: Quote | null): ActorHit | null {
    if (!q?.speaker) return null;
    const m = this.actors.mentionsIn(q.sentence).find((x) => x.id === q.speaker) ?? null;
    if (!m) return null;
    const ref = this.actors.mentionActor(m);
    return ref ? hitAt(ref, m) : null;
  }

  /** The actors a phrase group names (looked up once per group). */
  actorsOf(g: PhraseGroup): ActorHit[] {
    let r = this.groupActorCache.get(g);
    if (!r) {
      const q = this.quote(g.start);
      r = this.actors.groupActors(
        this.toks,
        g,
        this.sentence.index,
        this.sentence.text,
        q,
        this.speakerOf(q),
      );
      this.groupActorCache.set(g, r);
    }
    return r;
  }

  groupContaining(i: number): PhraseGroup | undefined {
    return this.groupOfToken[i];
  }

  phraseText(g: PhraseGroup): string {
    return this.sentenceSlice(g.start, g.end);
  }

  sentenceSlice(a: number, b: number): string {
    const { sentence, toks } = this;
    return sentence.text.slice(toks[a].start - sentence.start, toks[b - 1].end - sentence.start);
  }

  spanOf(g: PhraseGroup): { start: number; end: number } {
    return { start: this.toks[g.start].start, end: this.toks[g.end - 1].end };
  }

  /** The actor the words [from, to) name as a modifier ("Israeli strikes", "Iraq's proposal"). */
  modifierActor(from: number, to: number): ActorHit | null {
    return this.actors.modifierActor(this.toks, from, to, this.sentence.index, this.sentence.text);
  }
}

/**
 * Reads the sentence: its tokens, the triggers of the pattern book, its noun phrases, phrase groups
 * and clauses. Null when nothing in it can be an event.
 */
export function readSentence(input: SentenceInput): SentenceContext | null {
  const { book } = input;
  const toks = toToks(input.tokens, input.book.cues.transparent.single);
  if (!toks.length) return null;
  const triggers = findTriggers(toks, book);
  // "police shot dead two protesters": a multi-word verb is a verb and its particle, whatever the
  // tagger said ("shot" a noun, "dead" an adjective that would open the object's noun phrase)
  for (const m of triggers) {
    if (m.kind !== 'verb' || m.end - m.start < 2 || m.lightVerb !== null) continue;
    if (toks[m.start].pos === 'NOUN') toks[m.start].pos = 'VERB';
    for (let k = m.start + 1; k < m.end; k++) if (toks[k].pos === 'ADJ') toks[k].pos = 'PART';
  }
  // Without a trigger the only event is a demand told with "must"/"should"/"ought" (below): a
  // sentence with neither needs no phrases, clauses or actors.
  if (!triggers.length && !toks.some((t) => t.pos === 'AUX' && OBLIGATION.has(t.lower))) return null;
  const nps = chunkNounPhrases(toks);
  const groups = groupPhrases(toks, nps);
  const clauses = splitClauses(toks, groups, book.cues);
  return new SentenceContext(input, toks, () => treeOnDemand(input.tokens), triggers, nps, groups, clauses);
}
