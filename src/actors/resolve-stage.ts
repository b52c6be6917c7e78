import type { ActorRef, AnalyzedArticle, Mention } from '../core/records.js';
import type { Stage } from '../core/stage.js';
import { namesRegion } from '../knowledge/mention-names.js';
import { ArticleAcronyms } from './article-acronyms.js';
import { inheritCountries, namesOtherSide, withCountry } from './inherit-country.js';
import { currencyAt } from './match-phrase.js';
import { mentionsBySentence } from './mentions-by-sentence.js';
import { cachedPhraseKey as phraseKey } from './normalize.js';
import { resolveActorText } from './resolve-text.js';
import { sceneCountries, sceneOfDateline } from './scene-country.js';

/** Sectors of institutions that belong to a country even when the text leaves it implicit. */
const INSTITUTIONAL = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'SPY']);

/** The personal name inside a mention: its text without the title words in front. */
function namePart(m: Mention): string {
  if (m.title && m.text.startsWith(m.title)) return m.text.slice(m.title.length).trim();
  return m.text;
}

/** Has the language stage linked this mention to a fuller name of the same person? */
function longerCanonical(m: Mention): boolean {
  const c = m.canonical;
  return !!c && c !== m.text && c.length > m.text.length && c.endsWith(m.text);
}

function headSectorRule(ref: ActorRef): string | undefined {
  return ref.rules?.find((r) => r.startsWith('sector.'));
}

function withRule(ref: ActorRef, rule: string): ActorRef {
  const rules = ref.rules ?? [];
  return { ...ref, rules: rules.includes(rule) ? rules : [...rules, rule] };
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

/** Are mentions sorted by start? (Then a stable sort would keep them as they are.) */
function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1].start > mentions[i].start) return false;
  return true;
}

/** What an article has taught about its actors so far. */
class ArticleMemory {
  /** Folded full names and surnames of persons met with a title or known role. */
  private readonly names = new Map<string, ActorRef>();
  /** Last actor resolved through each sector rule ("the ministry", "the president"). */
  private readonly byHead = new Map<string, ActorRef>();

  learnPerson(m: Mention, ref: ActorRef): void {
    if (!ref.country && !ref.sector) return;
    const name = ref.entityId ? ref.name : namePart(m);
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length === 0 || !/^\p{Lu}/u.test(words[words.length - 1])) return;
    const learned = { ...ref, name };
    this.names.set(phraseKey(name), learned);
    if (words.length > 1) this.names.set(phraseKey(words[words.length - 1]), learned);
    // Spanish names often go by the first surname ("Gustavo Petro Urrego" -> "Petro").
    if (words.length > 2) this.names.set(phraseKey(words[words.length - 2]), learned);
  }

  person(m: Mention): ActorRef | undefined {
    const keys = [namePart(m), m.canonical ?? ''].filter(Boolean).map(phraseKey);
    for (const k of keys) {
      const hit = this.names.get(k);
      if (hit) return hit;
    }
    return undefined;
  }

  noteHead(ref: ActorRef): void {
    const rule = headSectorRule(ref);
    if (rule && ref.country) this.byHead.set(rule, ref);
  }

  head(ref: ActorRef): ActorRef | undefined {
    const rule = headSectorRule(ref);
    return rule ? this.byHead.get(rule) : undefined;
  }
}

/**
 * Resolves every mention of an analysed article, in document order, with the publication date:
 * coreference links (`antecedent`) copy their antecedent's actor; a person introduced with a
 * title ("Colombian President Gustavo Petro") teaches the article that name and its surname; a
 * country-less nominal ("the ministry") takes the last actor of the same kind; a country-less
 * institution ("lawmakers") takes the country of the nearest actor of its sentence.
 */
export function resolveArticleActors(analyzed: AnalyzedArticle): AnalyzedArticle {
  const date = analyzed.article.published ? analyzed.article.published.slice(0, 10) : null;
  const byId = new Map<string, Mention>();
  const memory = new ArticleMemory();
  const acronyms = new ArticleAcronyms();
  const text = analyzed.article.text;
  // the language stage gives mentions in text order: sort only when they are not
  const mentions = inOrder(analyzed.mentions) ? [...analyzed.mentions] : [...analyzed.mentions].sort(byStart);
  for (const m of mentions) byId.set(m.id, m);

  for (const m of mentions) {
    acronyms.learn(text, m);
    let ref: ActorRef | undefined;
    if (m.antecedent) {
      const ant = byId.get(m.antecedent);
      if (ant?.actor) ref = withRule(ant.actor, 'article.antecedent');
    }
    if (!ref && (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'title')) {
      const known = memory.person(m);
      if (known) ref = withRule(known, 'article.learned-name');
    }
    if (!ref && m.kind === 'pronoun') continue;
    // "US $50 million": a country name before a currency sign names the money, not an actor, so
    // it lends no country to the sentence's other actors.
    if (!ref && m.kind === 'country' && currencyAt(analyzed.article.text, m.end)) continue;
    // "Jimmy Lai ... Lai said": a short name the article has given in full is that person, not
    // someone else the knowledge base knows by the same surname (Lai Ching-te). An unknown full
    // name leaves the short one without a code rather than with a wrong one.
    if (!ref && m.kind === 'person' && longerCanonical(m)) {
      const c = resolveActorText({ text: m.canonical!, date, kind: m.kind });
      const own = resolveActorText({ text: m.text, date, kind: m.kind });
      if (own.entityId && own.entityId !== c.entityId) {
        if (c.code === '---' && !c.sector) continue;
        ref = withRule(c, 'article.canonical-over-kb');
      }
    }
    if (!ref) {
      const phrase = m.title && !m.text.includes(m.title) ? `${m.title} ${m.text}` : m.text;
      let r = resolveActorText({ text: phrase, date, kind: m.kind });
      // A name several people share: the countries its sentence names pick one, or their country.
      if (
        r.rules?.some(
          (x) => x === 'kb.namesakes' || x === 'kb.ambiguous-name' || x === 'kb.ambiguous-surname',
        )
      ) {
        const context = analyzed.sentences[m.sentence]?.text;
        const c = context ? resolveActorText({ text: phrase, date, kind: m.kind, context }) : r;
        if (c.country && c.code !== r.code) r = withRule(c, 'article.sentence-disambiguates');
      }
      // an acronym the article defined, where the knowledge base gives it no country
      if (!r.country) r = acronyms.whole(m) ?? acronyms.qualify(text, m, r);
      if (!r.country && r.sector && (m.kind === 'nominal' || m.kind === 'title')) {
        const prev = memory.head(r);
        if (prev) r = withRule(prev, 'article.same-head');
      }
      if (r.code === '---' && !r.sector) {
        if (m.canonical && m.canonical !== phrase) {
          const c = resolveActorText({ text: m.canonical, date, kind: m.kind });
          if (c.code !== '---' || c.sector) r = withRule(c, 'article.canonical');
        }
      }
      if (r.code === '---' && !r.sector) continue;
      ref = r;
    }
    m.actor = ref;
    if (m.kind === 'person' || m.kind === 'title') memory.learnPerson(m, ref);
    memory.noteHead(ref);
  }

  inheritCountries(analyzed, mentions, date);

  // Country-less institutions ("Lawmakers are reviewing reports that Defense Secretary Pete
  // Hegseth ...") belong to the country of the nearest resolved actor in the same sentence.
  const bySentence = mentionsBySentence(mentions);
  for (const m of mentions) {
    const a = m.actor;
    if (!a || a.country || !a.sector || !INSTITUTIONAL.has(a.sector) || m.kind === 'pronoun') continue;
    // "Mali's military government expelled ... The junta accused France": a definite description
    // names the state body the article already named, not the sentence's other country
    const named = m.kind === 'nominal' ? earlierStateBody(mentions, m, a.sector) : undefined;
    if (named?.actor?.country) {
      m.actor = withCountry(a, named.actor.country, 'article.named-body');
      continue;
    }
    let best: Mention | undefined;
    for (const o of bySentence.get(m.sentence) ?? []) {
      if (o === m || !o.actor?.country) continue;
      if (
        o.actor.country.length !== 3 ||
        /^(IGO|IMG|NGO)/.test(o.actor.code) ||
        (o.actor.rules ?? []).includes('article.sentence-country') ||
        namesOtherSide(o, analyzed.tokens[m.sentence] ?? [])
      )
        continue;
      if (!best || Math.abs(o.start - m.start) < Math.abs(best.start - m.start)) best = o;
    }
    if (best?.actor?.country) m.actor = withCountry(a, best.actor.country, 'article.sentence-country');
  }
  acronyms.fill(text, mentions);
  datelineCountries(analyzed, mentions, date);
  sceneCountries(analyzed, mentions);
  // Pronouns copied their antecedent before it was given a country; they follow it now.
  for (const m of mentions) {
    const ant = m.antecedent ? byId.get(m.antecedent) : undefined;
    if (m.kind !== 'pronoun' || m.actor?.country || !ant?.actor) continue;
    if (!m.actor || (m.actor.rules?.includes('article.antecedent') && ant.actor.code !== m.actor.code))
      m.actor = withRule(ant.actor, 'article.antecedent');
  }
  return analyzed;
}

/** Actor stage: fills `mention.actor` for every mention it can resolve. */
export const actorStage: Stage<AnalyzedArticle, AnalyzedArticle> = {
  name: 'actors',
  run(analyzed) {
    return resolveArticleActors(analyzed);
  },
};

/**
 * Groups still named by their sector alone ("police", "protesters", "the opposition") belong to the
 * country of the article's dateline, the last clue before none: a report filed from Nairobi about
 * "the police" means Kenya's.
 */
function datelineCountries(analyzed: AnalyzedArticle, mentions: Mention[], date: string | null): void {
  const d = analyzed.dateline;
  if (!d) return;
  const country = resolveActorText({ text: d.place, date, kind: 'city' }).country;
  d.country = country && country.length === 3 ? country : null;
  if (!d.country) return;
  const scene = sceneOfDateline(mentions, d.country);
  d.scene = scene;
  for (const m of mentions) {
    const a = m.actor;
    if (!a || a.country || !a.sector || a.sector === 'UNK' || a.entityId || m.kind === 'pronoun') continue;
    if (/^(IGO|IMG|NGO|MNC)/.test(a.code) || namesRegion(a.name ?? '')) continue;
    m.actor = withCountry(a, scene, scene === d.country ? 'article.dateline' : 'article.dateline-hub');
  }
}

/** An actor named by its sector alone, given the dateline's country (rule `article.dateline`). */
export function withDatelineCountry<T extends ActorRef>(a: T, country: string): T {
  // "nine Latin American governments" belong to no one country
  if (namesRegion(a.name ?? '')) return a;
  return { ...a, country, code: `${country}${a.sector}`, rules: [...(a.rules ?? []), 'article.dateline'] };
}

/** Sectors of a state's own bodies that one description may name in turn ("the junta"). */
const STATE_BODIES = new Set(['GOV', 'MIL']);

/**
 * The latest earlier mention of the article, in an earlier sentence, of a state body of the same
 * sector (or, for government and military, of either), with a country of its own.
 */
function earlierStateBody(mentions: readonly Mention[], m: Mention, sector: string): Mention | undefined {
  let found: Mention | undefined;
  for (const o of mentions) {
    if (o.sentence >= m.sentence) break;
    const s = o.actor?.sector;
    const c = o.actor?.country;
    if (!s || !c || c.length !== 3 || /^(IGO|IMG|NGO)/.test(o.actor!.code)) continue;
    // a person ("the French ambassador") or a capital standing for its state ("accusing Paris")
    // is no body a description such as "the junta" takes up
    if (o.kind === 'person' || o.kind === 'title' || o.kind === 'city' || o.title) continue;
    if (s === sector || (STATE_BODIES.has(s) && STATE_BODIES.has(sector))) found = o;
  }
  return found;
}
