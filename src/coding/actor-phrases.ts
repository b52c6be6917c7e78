import { mentionsBySentence } from '../actors/mentions-by-sentence.js';
import { type ContextUse, resolveActorListWithUse, sameContextUse } from '../actors/resolve-text.js';
import type { ActorRef, AnalyzedArticle, EventActor, Mention, Quote } from '../core/records.js';
import { WEEKDAYS } from '../core/time-words.js';
import { onKnowledgeReset } from '../knowledge/knowledge-reset.js';
import { resolvePlace } from '../places/resolve-place.js';
import {
  actorRange,
  actorWords,
  datedRange,
  nonParticipant,
  nonParticipantRange,
} from './non-actor-phrases.js';
import type { NounPhrase, PhraseGroup, Tok } from './sentence-view.js';

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'our', 'my']);
const SECOND_PERSON = new Set(['you', 'your']);
/** Words that name a time, never an actor ("Monday", "last year"). */
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tomorrow',
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'night',
  'morning',
  'evening',
  'afternoon',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'time',
  'hour',
  'minute',
  'decade',
  'century',
  'season',
  'spring',
  'summer',
  'autumn',
  'winter',
  'moment',
  'period',
  'tonight',
]);

/** A phrase's actors on a day, valid in every context that answers `use` the same way. */
interface CachedActors {
  date: string | null;
  /** Whether the phrase was read with a context sentence at all. */
  inContext: boolean;
  use: ContextUse;
  refs: ActorRef[];
  /** The last context it held in: the same sentence again needs no check. */
  seen: string | null;
}

/**
 * Phrase resolutions shared by all articles of a process: the same phrase on the same day resolves
 * the same way, and news repeats its actors. Keyed by phrase (its day and contexts listed under
 * it, so a look-up builds no key), not by sentence: a phrase that read its sentence keeps the
 * answers it read, and holds wherever they are the same, so the cache serves sentences it has
 * never seen. Cleared when it grows past its limit.
 */
const SHARED_CACHE = new Map<string, CachedActors[]>();
const CACHE_LIMIT = 50_000;
onKnowledgeReset(() => SHARED_CACHE.clear());
/** Readings kept per phrase: a few days and countries or places named around it. */
const VARIANTS_MAX = 4;

const PLACE_KINDS = new Set(['city', 'region', 'sea', 'place']);

/** The resolver's "unknown sector" is no sector at all for the coder. */
function clean(r: ActorRef): ActorRef {
  return r.sector === 'UNK' ? { ...r, sector: null, code: r.country ?? '---' } : r;
}

/** A resolved actor with the words it came from. */
export interface ActorHit extends EventActor {
  /** True when the phrase names someone we could not place (a person or body we do not know). */
  weak?: boolean;
  /**
   * True when the phrase is a sea, region or town ("the Caribbean", "Gaza City"): it can be the
   * place an event is aimed at, never the one who acts. A capital standing for its government
   * ("Washington said") is not flagged.
   */
  place?: boolean;
}

/** Possessive pronouns whose antecedent owns the phrase they open. */
const OWNER_PRONOUNS = new Set(['its', 'their']);

/**
 * Does the actor stand for a place ("the Caribbean", a town named alone: "Goma", "Bukavu")?
 * Two such recipients of one act are two places, not one actor named twice.
 */
export function namesPlace(a: Pick<ActorHit, 'place' | 'rules'> | null | undefined): boolean {
  return !!a && (!!a.place || !!a.rules?.includes('city.population'));
}

/**
 * An actor read from the words at `at`. Built field by field rather than spread: the refs come in
 * several shapes, and spreading them took the engine's slow generic path on every phrase.
 */
export function hitAt(ref: ActorRef, at: { text: string; start: number; end: number }): ActorHit {
  return {
    code: ref.code,
    country: ref.country,
    sector: ref.sector,
    name: ref.name,
    entityId: ref.entityId,
    rules: ref.rules,
    text: at.text,
    span: { start: at.start, end: at.end },
  };
}

/**
 * Resolves noun phrases of one sentence to actors, reading the actor stage's mentions first and
 * falling back on `resolveActorList` for phrases no mention covers. Pronouns follow the language
 * stage's coreference; inside a direct quote "I"/"we" are the speaker and "you" is the person
 * addressed by name in the same quote.
 */
export class ActorReader {
  private cache = SHARED_CACHE;
  private mentionsById: Map<string, Mention>;
  private readonly bySentence: Map<number, Mention[]>;

  constructor(
    private readonly analyzed: AnalyzedArticle,
    private readonly date: string | null,
    /** Head nouns that name things, not actors ("military aid", "sanctions"). */
    private readonly nonActorHeads: ReadonlySet<string> = new Set(),
    /** Nouns that alone and singular name a thing, not an actor ("justice", "security"). */
    private readonly abstractNouns: ReadonlySet<string> = new Set(),
  ) {
    this.mentionsById = new Map(analyzed.mentions.map((m) => [m.id, m]));
    this.bySentence = mentionsBySentence(analyzed.mentions);
  }

  /** Mentions of a sentence. */
  mentionsIn(sentence: number): Mention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  private resolveText(text: string, context: string): ActorRef[] {
    // The sentence is the resolver's context for every phrase, not only for group references
    // ("the two countries"): bare roles ("the minister", "rebels") take their country from the
    // sentence, which measured better on the dev gold than resolving them alone.
    const ctx = context || null;
    const inContext = ctx !== null;
    let variants = this.cache.get(text);
    if (variants)
      for (const v of variants)
        if (
          v.date === this.date &&
          v.inContext === inContext &&
          (v.seen === ctx || sameContextUse(v.use, ctx))
        ) {
          v.seen = ctx;
          return v.refs;
        }
    const { refs, use } = resolveActorListWithUse({ text, context: ctx, date: this.date });
    const r = refs.map(clean);
    if (!variants) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      variants = [];
      this.cache.set(text, variants);
    }
    if (variants.length >= VARIANTS_MAX) variants.shift();
    variants.push({ date: this.date, inContext, use, refs: r, seen: ctx });
    return r;
  }

  /**
   * "Hamas said its fighters attacked": a group named after a possessive pronoun belongs to the
   * pronoun's antecedent's country (rule `article.pronoun-owner`), not to the sentence's.
   */
  private ownedByPronoun(
    ms: readonly Mention[],
    head: Mention,
    sp: { text: string; start: number; end: number },
  ): ActorHit | null {
    const owner = ms.find((x) => x.kind === 'pronoun' && x.start === sp.start && x !== head);
    if (!owner || !OWNER_PRONOUNS.has(owner.text.toLowerCase())) return null;
    const whose = this.mentionActor(owner);
    const what = head.kind === 'pronoun' ? null : this.mentionActor(head);
    if (!whose?.country || !what?.sector || what.country) return null;
    const code = `${whose.country}${what.sector}`;
    return hitAt(
      { ...what, country: whose.country, code, rules: [...(what.rules ?? []), 'article.pronoun-owner'] },
      sp,
    );
  }

  /** The actor a mention stands for, following coreference to its antecedent. */
  mentionActor(m: Mention, depth = 0): ActorRef | null {
    if (m.actor && (m.actor.country || (m.actor.sector && m.actor.sector !== 'UNK'))) return clean(m.actor);
    if (m.antecedent && depth < 6) {
      const a = this.mentionsById.get(m.antecedent);
      if (a) return this.mentionActor(a, depth + 1);
    }
    if (m.kind === 'pronoun') return null;
    const r = this.resolveText(m.canonical ?? m.text, '')[0];
    return r && (r.country || r.sector) ? r : null;
  }

  /** The country a phrase's own words give, read without the rest of its sentence. */
  countryOfWords(text: string): string | null {
    return this.resolveText(text, '').find((x) => x.country)?.country ?? null;
  }

  /** The first mention up a pronoun's coreference chain that is not itself a pronoun. */
  private namedAntecedent(m: Mention): Mention | null {
    let x: Mention | undefined = m;
    for (let depth = 0; x && depth < 6; depth++) {
      if (x !== m && x.kind !== 'pronoun') return x;
      x = x.antecedent ? this.mentionsById.get(x.antecedent) : undefined;
    }
    return null;
  }

  private span(toks: readonly Tok[], from: number, to: number): { start: number; end: number; text: string } {
    const start = toks[from].start;
    const end = toks[to - 1].end;
    return { start, end, text: this.analyzed.article.text.slice(start, end) };
  }

  /** Actors of one phrase group: one per coordinated member. Empty when none is an actor. */
  groupActors(
    toks: readonly Tok[],
    g: PhraseGroup,
    sentence: number,
    sentenceText: string,
    quote: Quote | null,
    quoteSpeaker: ActorHit | null,
  ): ActorHit[] {
    if (g.members.length === 1) {
      const one = this.phraseActor(toks, g.members[0], sentence, sentenceText, quote, quoteSpeaker);
      return one ? [one] : [];
    }
    const sp = this.span(toks, g.start, g.end);
    const refs = this.resolveText(sp.text, sentenceText).filter((r) => r.country || r.sector);
    if (refs.length > 1) return refs.map((r) => hitAt(r, sp));
    const out: ActorHit[] = [];
    for (const m of g.members) {
      const a = this.phraseActor(toks, m, sentence, sentenceText, quote, quoteSpeaker);
      if (a && !out.some((o) => o.code === a.code)) out.push(a);
    }
    return out;
  }

  /** The actor of one noun phrase, or null when it names none (a time, a thing, an event). */
  phraseActor(
    toks: readonly Tok[],
    whole: NounPhrase,
    sentence: number,
    sentenceText: string,
    quote: Quote | null,
    quoteSpeaker: ActorHit | null,
  ): ActorHit | null {
    // times, media, counts, activities and seas are not participants (non-actor-phrases.ts)
    const np = actorWords(this.analyzed, toks, whole, sentence);
    const hit = np && this.phraseRef(toks, np, sentence, sentenceText, quote, quoteSpeaker);
    if (!np || !hit || nonParticipant(hit.text, toks, np, hit, this.mentionsIn(sentence))) return null;
    const head = toks[np.head];
    const hm = this.mentionsIn(sentence).find(
      (x) => x.start <= head.start && x.end >= head.end && PLACE_KINDS.has(x.kind),
    );
    if (!hm) return hit;
    const ref = this.mentionActor(hm);
    return hm.kind === 'city' && ref?.sector === 'GOV' ? hit : { ...hit, place: true };
  }

  private phraseRef(
    toks: readonly Tok[],
    np: NounPhrase,
    sentence: number,
    sentenceText: string,
    quote: Quote | null,
    quoteSpeaker: ActorHit | null,
  ): ActorHit | null {
    const sp = this.span(toks, np.start, np.end);
    const head = toks[np.head];
    if (np.pronoun || (np.end - np.start === 1 && head.pos === 'PRON')) {
      const w = head.lower;
      if (quote && quoteSpeaker && FIRST_PERSON.has(w)) return hitAt(quoteSpeaker, sp);
      if (quote && SECOND_PERSON.has(w)) return this.addressee(toks, np, sentence, sentenceText, quote);
      const m = this.mentionsIn(sentence).find((x) => x.start <= sp.start && x.end >= sp.end);
      const ref = m ? this.mentionActor(m) : null;
      if (!ref) return null;
      const hit = hitAt(ref, sp);
      const named = m && this.namedAntecedent(m);
      if (named) hit.refersTo = { text: named.text, span: { start: named.start, end: named.end } };
      return hit;
    }
    if (
      TIME_WORDS.has(head.lemma) &&
      !toks.slice(np.start, np.end).some((t) => t.pos === 'PROPN' && !TIME_WORDS.has(t.lemma))
    )
      return null;
    if (head.pos === 'NOUN' && this.nonActorHeads.has(head.lemma)) return null;
    // "demanded justice for the victims": a bare singular noun of an institution is the thing
    if (np.end - np.start === 1 && head.pos === 'NOUN' && this.abstractNouns.has(head.lower)) return null;
    // A mention that covers the head names the phrase's actor ("Colombian President Gustavo Petro").
    const ms = this.mentionsIn(sentence).filter((x) => x.start < sp.end && x.end > sp.start);
    const headMention = ms.find((x) => x.start <= head.start && x.end >= head.end);
    // A mention that covers only the head noun ("leaders" in "eight al-Qaeda leaders") knows less
    // than the whole phrase; a mention of the whole name knows more (coreference, roles).
    // A sea, region or town names where, not who; a capital stands for its government
    // ("Washington said") and the resolver says so with a government sector.
    const headOnly = headMention && headMention.start > sp.start + 1 && headMention.kind !== 'pronoun';
    const owned = headMention ? this.ownedByPronoun(ms, headMention, sp) : null;
    if (owned) return owned;
    if (headMention && !headOnly) {
      const ref = this.mentionActor(headMention);
      if (ref) return hitAt(ref, sp);
      // "Lai" after "Jimmy Lai": the article says who the surname is; another Lai the knowledge
      // base knows (Taiwan's president) is not him (rule `article.surname-is-named`)
      if (headMention.kind === 'person' && headMention.antecedent && headMention.canonical) {
        const named = headMention.canonical;
        return {
          code: '---',
          country: null,
          sector: null,
          name: named,
          rules: ['article.surname-is-named'],
          text: sp.text,
          span: { start: sp.start, end: sp.end },
          weak: true,
        };
      }
      // "targets in Jericho": a town too small for the actor index is still in its own country,
      // not in that of whoever else the sentence names
      const town = headMention.kind === 'place' ? this.townCountry(headMention) : null;
      if (town)
        return {
          code: town,
          country: town,
          sector: null,
          name: headMention.text,
          rules: ['place.town'],
          text: sp.text,
          span: { start: sp.start, end: sp.end },
        };
    }
    if (headOnly) {
      const whole = this.resolveText(sp.text, sentenceText).find((x) => x.country || x.entityId);
      if (whole) return hitAt(whole, sp);
      const ref = this.mentionActor(headMention);
      if (ref) return hitAt(ref, sp);
    }
    const refs = this.resolveText(sp.text, sentenceText);
    let r = refs.find((x) => x.country || x.sector);
    if (r && !r.entityId && ms.length) {
      // The sentence lent the phrase its country (or, for civilians, none), but a name or pronoun
      // inside the phrase says whose it is ("his family", "a top Cabinet member" next to a foreign
      // government): the inner one wins.
      const bare = this.resolveText(sp.text, '').find((x) => x.country || x.sector);
      if (!bare?.country) {
        for (const m of ms) {
          const inner = this.mentionActor(m);
          if (!inner?.country || inner.country === r.country) continue;
          const sector = r.sector ?? inner.sector;
          r = { ...r, country: inner.country, sector, code: `${inner.country}${sector ?? ''}` };
          break;
        }
      }
    }
    // A known entity or an international body has its own code; the place after it ("Red Cross
    // officials in Baghdad") says where it works, not whose it is.
    if (r && !r.country && !r.entityId && !/^(?:IGO|IMG)/.test(r.code)) {
      // "Opposition groups in Zimbabwe", "refugees fleeing the war in Liberia": the words after
      // the phrase often say whose they are.
      const ext = this.extendedText(toks, np);
      if (ext) {
        const r2 = this.resolveText(ext.text, sentenceText).find(
          (x) => x.country && (!r!.sector || x.sector === r!.sector),
        );
        if (r2)
          r = { ...r2, sector: r.sector ?? r2.sector, code: `${r2.country}${r.sector ?? r2.sector ?? ''}` };
      }
    }
    if (r) return hitAt(r, sp);
    for (const m of ms) {
      const ref = this.mentionActor(m);
      if (ref) return hitAt(ref, sp);
    }
    if (toks.slice(np.start, np.end).some((t) => t.pos === 'PROPN' && !TIME_WORDS.has(t.lemma))) {
      return {
        code: '---',
        country: null,
        sector: null,
        name: sp.text,
        text: sp.text,
        span: { start: sp.start, end: sp.end },
        weak: true,
      };
    }
    return null;
  }

  /** Do the modifiers in [from, to) date an act ("Tuesday's strike")? See `datedRange`. */
  datedModifier(toks: readonly Tok[], from: number, to: number, sentence: number): boolean {
    return datedRange(this.analyzed, toks, from, to, sentence);
  }

  /** The country of a place mention read as a town of the GeoNames index (1,000 people or more). */
  private townCountry(m: Mention): string | null {
    const p = resolvePlace(m.canonical ?? m.text);
    return p?.kind === 'city' && p.country ? p.country : null;
  }

  /** The phrase with the prepositional or participial words that follow it, up to a clause break. */
  private extendedText(toks: readonly Tok[], np: NounPhrase): { text: string } | null {
    let k = np.end;
    const max = Math.min(toks.length, np.end + 9);
    if (
      k >= toks.length ||
      !(toks[k].pos === 'ADP' || (toks[k].pos === 'VERB' && /ing$/.test(toks[k].lower)))
    )
      return null;
    if (
      !['in', 'from', 'of', 'at', 'inside', 'across', 'throughout'].includes(toks[k].lower) &&
      toks[k].pos === 'ADP'
    )
      return null;
    while (k < max) {
      const t = toks[k];
      if (t.pos === 'PUNCT' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ') break;
      if (t.pos === 'VERB' && !/ing$/.test(t.lower)) break;
      k++;
    }
    if (k <= np.end + 1) return null;
    return { text: this.analyzed.article.text.slice(toks[np.start].start, toks[k - 1].end) };
  }

  /** The actor named by modifiers before a nominal event ("U.S. military" in "U.S. military strikes"). */
  modifierActor(
    toks: readonly Tok[],
    from: number,
    to: number,
    sentence: number,
    sentenceText: string,
  ): ActorHit | null {
    const hit = this.modifierRef(toks, from, to, sentence, sentenceText);
    // "the Geneva negotiations", "the Astana talks": a town before an event noun is where it is
    // held, not who holds it; "Goma's mayor" still belongs to the town
    if (hit?.rules?.includes('city.population') && !/^['’]s$/.test(toks[to - 1]?.lower ?? '')) return null;
    // a medium, an activity or a sea is nobody's modifier either (non-actor-phrases.ts)
    return hit && !nonParticipantRange(hit, toks, from, to, this.mentionsIn(sentence)) ? hit : null;
  }

  private modifierRef(
    toks: readonly Tok[],
    from: number,
    to: number,
    sentence: number,
    sentenceText: string,
  ): ActorHit | null {
    const own = to > from ? actorRange(this.analyzed, toks, from, to, sentence) : null;
    if (!own) return null;
    const sp = this.span(toks, own[0], own[1]);
    const ms = this.mentionsIn(sentence).filter((x) => x.start >= sp.start && x.end <= sp.end);
    for (const m of ms) {
      const ref = this.mentionActor(m);
      if (ref) return hitAt(ref, m);
    }
    const words = toks
      .slice(own[0], own[1])
      .filter(
        (t) =>
          t.pos !== 'DET' && !(t.pos === 'PRON' && !['its', 'their', 'his', 'her', 'our'].includes(t.lower)),
      );
    if (!words.length) return null;
    const poss = words.find((t) => t.pos === 'PRON');
    if (poss) {
      const m = this.mentionsIn(sentence).find((x) => x.start <= poss.start && x.end >= poss.end);
      const ref = m ? this.mentionActor(m) : null;
      if (ref) return hitAt(ref, poss);
      return null;
    }
    const r = this.resolveText(sp.text, sentenceText).find((x) => x.country);
    return r ? hitAt(r, sp) : null;
  }

  /** "you" in a quote: the name set off by commas in the same quote ("Come, Mr. Trump, I invite you"). */
  private addressee(
    toks: readonly Tok[],
    np: NounPhrase,
    sentence: number,
    sentenceText: string,
    quote: Quote,
  ): ActorHit | null {
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (t.start < quote.content.start || t.end > quote.content.end) continue;
      if (t.pos !== 'PROPN' || k === np.start) continue;
      // a vocative: preceded by a comma or the quote start, followed by a comma
      let a = k;
      while (
        a > 0 &&
        (toks[a - 1].pos === 'PROPN' ||
          toks[a - 1].lower === 'mr.' ||
          toks[a - 1].lower === 'mr' ||
          toks[a - 1].lower === 'mrs.' ||
          toks[a - 1].lower === 'ms.' ||
          toks[a - 1].lower === 'president')
      )
        a--;
      let b = k;
      while (b + 1 < toks.length && toks[b + 1].pos === 'PROPN') b++;
      const before = toks[a - 1];
      const after = toks[b + 1];
      if (before?.text === ',' && after?.text === ',') {
        const sp = this.span(toks, a, b + 1);
        const m = this.mentionsIn(sentence).find((x) => x.start <= toks[b].start && x.end >= toks[b].end);
        const ref =
          (m && this.mentionActor(m)) ||
          this.resolveText(sp.text, sentenceText).find((x) => x.country || x.sector);
        if (ref) return hitAt(ref, sp);
      }
    }
    return null;
  }
}
