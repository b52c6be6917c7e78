import type { ActorRef, AnalyzedArticle, Mention, Token } from '../core/records.js';
import { namesRegion } from '../knowledge/mention-names.js';
import { mentionsBySentence } from './mentions-by-sentence.js';
import { contextPlaces, resolveActorText, wordHasEffect } from './resolve-text.js';

/** Sectors handled by the nearest-actor rule of the actor stage (institutions of a state). */
const INSTITUTIONAL = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL', 'SPY']);
/** Words that may stand between a head noun and a modifier of the same phrase. */
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
/** Prepositions whose complement says whose a group is ("refugees from Liberia"). */
const OWNING_PREPS = new Set(['in', 'of', 'from', 'inside', 'across', 'throughout', 'within']);
/** Prepositions that, after a participle, say where a group lives or works ("based in"). */
const PLACING_PREPS = new Set(['in', 'inside', 'across', 'throughout', 'within']);
/** Complement words kept after such a preposition. */
const COMPLEMENT_POS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PART']);
/** How far a phrase is extended on either side, in tokens. */
const MAX_LEFT = 4;
const MAX_RIGHT = 7;

/** The actor with a country it was given and the rule that gave it. */
export function withCountry(a: ActorRef, country: string, rule: string): ActorRef {
  return {
    ...a,
    country,
    code: `${country}${a.sector && a.sector !== 'UNK' ? a.sector : ''}`,
    rules: [...(a.rules ?? []), rule],
  };
}

/**
 * "met his Chinese counterpart": a mention right before a counterpart word names the other side,
 * whose country is not that of the sentence's other actors.
 */
export function namesOtherSide(o: Mention, toks: readonly Token[]): boolean {
  const next = firstAtOrAfter(toks, o.end, 'start');
  return next >= 0 && wordHasEffect(toks[next].text, 'counterpart');
}

/**
 * Index of the first token whose `field` is at least `pos`, or -1: a binary search, since a
 * sentence's tokens are in text order and this runs for every mention.
 */
function firstAtOrAfter(toks: readonly Token[], pos: number, field: 'start' | 'end'): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // named reads, not toks[mid][field]: a keyed read by a variable name is a slow generic lookup
    if ((field === 'start' ? toks[mid].start : toks[mid].end) >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo < toks.length ? lo : -1;
}

/** Does an actor name a group by its sector alone, so that its country may be inherited? */
function sectorOnly(a: ActorRef | undefined): a is ActorRef {
  return (
    !!a &&
    !a.country &&
    !!a.sector &&
    a.sector !== 'UNK' &&
    !a.entityId &&
    !/^(IGO|IMG|NGO|MNC)/.test(a.code) &&
    // "nine Latin American governments" belong to no one country
    !namesRegion(a.name ?? '')
  );
}

/**
 * Gives a country to actors named only by their sector ("rebels", "refugees", "the opposition
 * newspaper"), in this order of evidence:
 * 1. the words in front of the mention in its own noun phrase, which the language stage may have
 *    split off ("Fijian | rebels", "Afghan rebel | leaders");
 * 2. an owning complement after it ("refugees fleeing ... in Liberia" is left to the coder;
 *    here "workers of the Tehran bus company", "rebels in the Ivory Coast");
 * 3. for groups that are not state institutions, the place the sentence sets events in ("23
 *    people ... in Tel Aviv"), else (civilians excepted) the one country its other actors share.
 * State institutions keep the actor stage's nearest-actor rule.
 */
export function inheritCountries(analyzed: AnalyzedArticle, mentions: Mention[], date: string | null): void {
  const text = analyzed.article.text;
  let bySentence: Map<number, Mention[]> | null = null;
  for (const m of mentions) {
    if (m.kind === 'pronoun') continue;
    const toks: Token[] = analyzed.tokens[m.sentence] ?? [];
    const first = firstAtOrAfter(toks, m.start, 'start');
    const last = firstAtOrAfter(toks, m.end, 'end');
    if (first < 0 || last < 0) continue;
    // "Kenzo Oshima, the United Nations relief coordinator,": an unknown person is what the
    // apposition after the name says.
    if (m.kind === 'person' && toks[last + 1]?.text === ',') {
      let e = last + 2;
      while (e < toks.length && e - last <= MAX_RIGHT + 2 && COMPLEMENT_POS.has(toks[e].pos)) e++;
      if (e > last + 2 && !m.actor?.country) {
        const r = resolveActorText({ text: text.slice(m.start, toks[e - 1].end), date, kind: m.kind });
        if (r.country && (r.sector || r.code.startsWith('IGO'))) {
          m.actor = { ...r, rules: [...(r.rules ?? []), 'article.apposition'] };
          continue;
        }
      } else if (e > last + 2 && !m.actor?.code.startsWith('IGO')) {
        // A known person the apposition calls an international organisation's official acts
        // for it here, whatever office at home the knowledge base records.
        const r = resolveActorText({
          text: text.slice(toks[last + 2].start, toks[e - 1].end),
          date,
          kind: m.kind,
        });
        if (r.code.startsWith('IGO') && !r.entityId?.startsWith('person.')) {
          m.actor = {
            ...r,
            name: m.actor?.name ?? m.text,
            rules: [...(r.rules ?? []), 'article.apposition-igo'],
          };
          continue;
        }
      }
    }
    if (!m.actor) continue;
    // "ethnic | Turks" split by the language stage: the people, not the country.
    let own = m.text;
    if (m.actor.country && first > 0 && toks[first - 1].text.toLowerCase() === 'ethnic') {
      const r = resolveActorText({ text: `ethnic ${m.text}`, date, kind: m.kind });
      if (!r.country) {
        m.actor = r;
        own = `ethnic ${m.text}`;
      }
    }
    if (!sectorOnly(m.actor)) continue;
    const a = m.actor;

    // 1. modifiers split off in front
    let s = first;
    while (s > 0 && first - s < MAX_LEFT && (MODIFIER_POS.has(toks[s - 1].pos) || toks[s - 1].text === '-'))
      s--;
    if (s < first) {
      const r = resolveActorText({ text: text.slice(toks[s].start, m.end), date, kind: m.kind });
      if (r.country && !/^(IGO)/.test(r.code)) {
        m.actor = { ...r, rules: [...(r.rules ?? []), 'article.phrase-modifier'] };
        continue;
      }
    }

    // 2. an owning complement after it, also after a participle ("guerrillas operating in X",
    // "a newspaper based in X")
    let e = last + 1;
    const participle =
      e + 1 < toks.length &&
      toks[e].pos === 'VERB' &&
      /(?:ing|ed)$/.test(toks[e].text) &&
      PLACING_PREPS.has(toks[e + 1].text.toLowerCase());
    if (participle) e++;
    const prepAt = e;
    if (e < toks.length && OWNING_PREPS.has(toks[e].text.toLowerCase())) {
      e++;
      while (e < toks.length && e - prepAt <= MAX_RIGHT && COMPLEMENT_POS.has(toks[e].pos)) e++;
      if (e > prepAt + 1) {
        const phrase = `${own} ${text.slice(toks[prepAt].start, toks[e - 1].end)}`;
        const r = resolveActorText({ text: phrase, date, kind: m.kind });
        if (r.country && !/^(IGO|IMG|NGO)/.test(r.code)) {
          m.actor = withCountry(a, r.country, 'article.phrase-complement');
          continue;
        }
      }
    }

    if (INSTITUTIONAL.has(a.sector!)) continue;
    // 3. the sentence's place, else the one country of its other actors
    const sentence = analyzed.sentences[m.sentence];
    const places = sentence ? contextPlaces(sentence.text) : [];
    if (places.length > 0) {
      m.actor = withCountry(a, places[0], 'article.sentence-place');
      continue;
    }
    const countries = new Set<string>();
    bySentence ??= mentionsBySentence(mentions);
    for (const o of bySentence.get(m.sentence) ?? []) {
      if (o === m || !o.actor?.country) continue;
      if (/^(IGO|IMG|NGO)/.test(o.actor.code) || o.actor.country.length !== 3) continue;
      if ((o.actor.rules ?? []).some((r) => r.startsWith('article.sentence-'))) continue;
      if (namesOtherSide(o, toks)) continue;
      countries.add(o.actor.country);
    }
    // Civilians are as often another country's victims as its people: no guess from actors.
    if (countries.size === 1 && a.sector !== 'CVL')
      m.actor = withCountry(a, [...countries][0], 'article.sentence-country');
  }
}
