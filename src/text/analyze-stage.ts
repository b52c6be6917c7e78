import type {
  AnalyzedArticle,
  Article,
  DateMention,
  Marker,
  Mention,
  Quantity,
  Quote,
} from '../core/records.js';
import type { Stage } from '../core/stage.js';
import { loadShippedModel } from '../syntax/syntax-model.js';
import { attachSyntax } from './attach-syntax.js';
import { findDateline } from './find-dateline.js';
import { findDates } from './find-dates.js';
import { findMarkers } from './find-markers.js';
import { findMentions, type MentionDraft } from './find-mentions.js';
import { findQuantities } from './find-quantities.js';
import { findQuotes } from './find-quotes.js';
import { PRONOUNS } from './lexicon/actors.js';
import { resolveCoreference } from './resolve-coreference.js';
import { splitSentences } from './split-sentences.js';
import { retagNominalAdjectives, tokenizeWithLower } from './tokenize.js';

/**
 * Whether the language stage parses (LAPWING_SYNTAX): `off` (the default for now: parsing costs
 * about 0.8 ms of CPU a sentence, which would make the whole path 2.7 times slower while the coder
 * reads the tree for few constructions; see docs/parser.md and docs/tree-roles.md), `wink` (tokens
 * get `head`, `rel` and `upos` from our tagger and parser, `pos` stays wink's, on which the coder
 * is tuned), `ours` (`pos` becomes our tagger's too), or `triggers` (no parse here: the event
 * coder parses, as `wink` would, only the sentences where it reads a construction from the tree).
 */
const SYNTAX = (process.env.LAPWING_SYNTAX ?? 'off') as 'ours' | 'wink' | 'triggers' | 'off';

let lastPublished: string | null = null;
let lastReference: Date | null = null;

/**
 * The publication date as a UTC day, or null when unknown or unreadable. Articles of one feed
 * mostly share a day, so the last answer is kept (the finders only read it).
 */
function referenceDate(published: string | null): Date | null {
  if (!published) return null;
  if (published === lastPublished) return lastReference;
  lastReference = readReferenceDate(published);
  lastPublished = published;
  return lastReference;
}

function readReferenceDate(published: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  const t = Date.parse(published);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12));
}

function overlapsAny(q: Quantity, ds: readonly DateMention[]): boolean {
  for (const d of ds) if (q.start < d.end && q.end > d.start) return true;
  return false;
}

/**
 * The first quote of `direct` whose content holds mention `m`. Quotes in text order that do not
 * overlap (`ordered`, the usual case) are searched by halving, so an article with many quotes and
 * pronouns stays linear; otherwise they are read in turn.
 */
function quoteAround(direct: Quote[], m: MentionDraft, ordered: boolean): Quote | undefined {
  const holds = (x: Quote) => m.start >= x.content.start && m.end <= x.content.end;
  if (!ordered) return direct.find(holds);
  let lo = 0;
  let hi = direct.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (direct[mid].content.start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  const q = direct[lo - 1];
  return q && holds(q) ? q : undefined;
}

/** "I", "we" inside a direct quote refer to its speaker. */
function linkFirstPerson(mentions: MentionDraft[], quotes: Quote[]): void {
  const direct = quotes.filter((q) => q.kind === 'direct' && q.speaker);
  if (!direct.length) return;
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const ordered = direct.every((q, i) => i === 0 || q.content.start >= direct[i - 1].content.end);
  for (const m of mentions) {
    if (m.kind !== 'pronoun' || m.antecedent) continue;
    const role = PRONOUNS.get(m.text.toLowerCase());
    if (role !== 'speaker' && role !== 'we') continue;
    const q = quoteAround(direct, m, ordered);
    if (!q?.speaker) continue;
    const speaker = byId.get(q.speaker);
    if (!speaker) continue;
    m.antecedent = speaker.id;
    if (speaker.canonical) m.canonical = speaker.canonical;
  }
}

/** Strips the stage's working fields so that only the `Mention` record leaves the stage. */
function toMention(d: MentionDraft): Mention {
  const m: Mention = {
    id: d.id,
    sentence: d.sentence,
    start: d.start,
    end: d.end,
    text: d.text,
    kind: d.kind,
  };
  if (d.title) m.title = d.title;
  if (d.antecedent) m.antecedent = d.antecedent;
  if (d.canonical) m.canonical = d.canonical;
  return m;
}

/**
 * Runs the whole language analysis of one article: sentences, tokens (wink-nlp, one pass per
 * article), mentions with coreference, quotes with speakers, claim and modality markers,
 * quantities and dates resolved against the publication date.
 */
export function analyzeArticle(article: Article): AnalyzedArticle {
  const text = article.text;
  const sentences = splitSentences(text);
  const { tokens, lowers } = tokenizeWithLower(text, sentences);
  // (`triggers`: the event coder parses the sentences it codes, on demand; see coding/sentence-tree.ts)
  if (SYNTAX === 'wink' || SYNTAX === 'ours') {
    attachSyntax(tokens, loadShippedModel(), SYNTAX === 'ours');
    if (SYNTAX === 'ours') for (const toks of tokens) retagNominalAdjectives(toks);
  }
  let drafts: MentionDraft[] = [];
  const markers: Marker[] = [];
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const ref = referenceDate(article.published);
  for (const s of sentences) {
    const toks = tokens[s.index];
    const lw = lowers[s.index];
    for (const m of findMentions(s, toks, text, lw)) drafts.push(m);
    for (const m of findMarkers(s, toks, lw)) markers.push(m);
    const ds = findDates(s, ref);
    for (const d of ds) dates.push(d);
    // Numbers inside a date ("Dec 3, 2025") are not quantities.
    for (const q of findQuantities(s, toks, lw)) {
      if (!overlapsAny(q, ds)) quantities.push(q);
    }
  }
  const dateline = findDateline(text);
  // the dateline's place and agency say where the report was filed: no participant of any event
  if (dateline) drafts = drafts.filter((m) => m.start >= dateline.end);
  for (let i = 0; i < drafts.length; i++) drafts[i].id = `m${i}`;
  resolveCoreference(drafts);
  const quotes = findQuotes(text, sentences, tokens, drafts, lowers);
  linkFirstPerson(drafts, quotes);
  return {
    article,
    sentences,
    tokens,
    mentions: drafts.map(toMention),
    quotes,
    markers,
    quantities,
    dates,
    dateline,
  };
}

/** Language stage: sentences, tokens, mentions, quotes, markers, quantities, dates. */
export const textStage: Stage<Article, AnalyzedArticle> = {
  name: 'text',
  run(article) {
    return analyzeArticle(article);
  },
};
