import type { ActorRef, MentionKind } from '../core/records.js';
import { onKnowledgeReset } from '../knowledge/knowledge-reset.js';
import { namesRegion } from '../knowledge/mention-names.js';
import {
  type GazEntry,
  isSeat,
  joinCode,
  type KbEntity,
  knowledge,
  type RoleAt,
  roleAt,
  splitCode,
} from './knowledge.js';
import { cityOf, type MatchedPhrase, matchPhrase, type Piece } from './match-phrase.js';
import { type ActorToken, cachedPhraseKey, tokenizeActor } from './normalize.js';
import type { SectorRule } from './schemas.js';

/** An actor mention given on its own, as in `lapwing actors` and the actor gold. */
export interface ActorQuery {
  text: string;
  context?: string | null;
  /** ISO date the mention is read at; roles are resolved for that day. */
  date?: string | null;
  /** What the text stage took the mention for; a person is never looked up as a city. */
  kind?: MentionKind;
}

/** Counts that make a crowd of people ("thousands of Israelis"), not a handful of nationals. */
const CROWD_COUNTS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'millions', 'tens']);
/** Sectors of public office: an ex-holder of one is coded ELI (CAMEO's "elite"). */
const OFFICE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP']);
/** Sector words at least this strong name an institution that overrides an organisation's own sector. */
const INSTITUTION_PRIORITY = 70;
/** Complements that never say who the actor belongs to ("ambassador to Poland"). */
const FOREIGN_PREPS = new Set(['to', 'against', 'with', 'toward', 'towards', 'into', 'between', 'over']);

/** One part of a phrase: the head, or a complement opened by a preposition or comma. */
interface Segment {
  /** `head`, a preposition, or `appos` after a comma. */
  tag: string;
  pieces: Piece[];
}

/** What a phrase (or one part of a compound) contains. */
interface Reading {
  m: MatchedPhrase;
  segments: Segment[];
}

function firstEntry(p: Piece, t: GazEntry['item']['t']): GazEntry | undefined {
  return p.entries.find((e) => e.item.t === t);
}

function segmentsOf(m: MatchedPhrase, pieces: Piece[]): Segment[] {
  const out: Segment[] = [{ tag: 'head', pieces: [] }];
  for (const p of pieces) {
    if (p.word === 'prep') out.push({ tag: m.tokens[p.from].key, pieces: [] });
    else if (p.word === 'comma') out.push({ tag: 'appos', pieces: [] });
    else out[out.length - 1].pieces.push(p);
  }
  // A phrase that opens with its preposition ("of the Kremlin") has an empty head.
  return out.filter((s, i) => i === 0 || s.pieces.length > 0);
}

/** Is the word a modifier with this effect in data/actors/sectors.yaml ("counterpart")? */
export function wordHasEffect(word: string, effect: string): boolean {
  const entries = knowledge().phrases.get(cachedPhraseKey(word));
  return !!entries?.some((e) => e.item.t === 'modifier' && e.item.rule.effect === effect);
}

function modifierEffect(p: Piece): string | null {
  const e = firstEntry(p, 'modifier');
  return e && e.item.t === 'modifier' ? e.item.rule.effect : null;
}

function sectorOf(p: Piece): SectorRule | null {
  const e = firstEntry(p, 'sector');
  return e && e.item.t === 'sector' ? e.item.rule : null;
}

/** Sector words below this strength (official, leader, gunmen) yield to any stronger word. */
const WEAK_PRIORITY = 50;

/** Names after "President of the" that still name a state ("the Republic", "the Federation"). */
const STATE_WORDS = new Set([
  'republic',
  'state',
  'states',
  'nation',
  'kingdom',
  'federation',
  'union',
  'confederation',
  'emirates',
  'government',
  'council',
]);

/**
 * The sector word that heads some pieces. English compounds put the head noun last ("Senate
 * hopeful", "army accountant"), so the rightmost word wins, except that weak person nouns
 * ("military officials", "Jewish leader") take the sector of a stronger modifier.
 */
function bestSector(
  pieces: Piece[],
  from = 0,
  to = Number.POSITIVE_INFINITY,
): { rule: SectorRule; at: number } | null {
  let strong: { rule: SectorRule; at: number } | null = null;
  let weak: { rule: SectorRule; at: number } | null = null;
  for (const p of pieces) {
    if (p.from < from || p.from >= to) continue;
    if (p.entries.some((e) => e.item.t === 'entity' || e.item.t === 'country')) continue;
    const r = sectorOf(p);
    if (!r) continue;
    if (r.priority >= WEAK_PRIORITY) strong = { rule: r, at: p.from };
    else if (!weak || r.priority >= weak.rule.priority) weak = { rule: r, at: p.from };
  }
  return strong ?? weak;
}

/**
 * Per-sentence memo of context readings: every mention of a sentence is resolved against the same
 * context text, and reading it means matching the whole sentence. The coder's phrase cache checks
 * its answers against these, so they are kept for many sentences (a few short strings each, keyed
 * by the sentence text itself). Bounded so that a long stream does not grow it; the knowledge it
 * reads is fixed for the process.
 */
const CONTEXT_MEMO_MAX = 20_000;
const countriesMemo = new Map<string, string[]>();
const placesMemo = new Map<string, string[]>();

function memoised(memo: Map<string, string[]>, key: string, read: (k: string) => string[]): string[] {
  const hit = memo.get(key);
  if (hit) return hit;
  const out = read(key);
  if (memo.size >= CONTEXT_MEMO_MAX) memo.clear();
  memo.set(key, out);
  return out;
}

/**
 * Recent context sentences as matched: a sentence's countries, its places and, when it names no
 * country, its resolution as a phrase all read the same match, asked by the actor stage and again
 * by the coder for the same article. Matches are read-only. Kept for about one article: a match is
 * large, and older sentences are in the memos above.
 */
const contextMatches = new Map<string, MatchedPhrase>();
const CONTEXT_MATCHES_MAX = 64;
let lastContext: string | null = null;
/**
 * Recent phrases as matched: the coder reads again, in its sentence and on its own, a phrase the
 * actor stage has just resolved (about one phrase in eight). Matches are read-only.
 */
const phraseMatches = new Map<string, MatchedPhrase>();
const PHRASE_MATCHES_MAX = 256;
onKnowledgeReset(() => {
  countriesMemo.clear();
  placesMemo.clear();
  contextMatches.clear();
  phraseMatches.clear();
  lastContext = null;
});

/** `matchPhrase` of an actor phrase, remembered for a while. */
function matchRecent(text: string): MatchedPhrase {
  let m = phraseMatches.get(text);
  if (!m) {
    m = matchPhrase(text, knowledge());
    if (phraseMatches.size >= PHRASE_MATCHES_MAX) phraseMatches.clear();
    phraseMatches.set(text, m);
  }
  return m;
}

/** `matchPhrase` of a context sentence, remembered (`toks`: its tokens, when already read). */
function matchContext(text: string, toks?: ActorToken[]): MatchedPhrase {
  let m = contextMatches.get(text);
  if (!m) {
    m = matchPhrase(text, knowledge(), toks);
    if (contextMatches.size >= CONTEXT_MATCHES_MAX) contextMatches.clear();
    contextMatches.set(text, m);
  }
  lastContext = text;
  return m;
}

/** Countries a context sentence names; the array is shared, so callers must not change it. */
function contextCountries(context: string | null | undefined): string[] {
  if (!context) return [];
  return memoised(countriesMemo, context, readContextCountries);
}

function readContextCountries(context: string): string[] {
  const out: string[] = [];
  // Countries and people named outright come first; a whole-sentence reading is the fallback,
  // since it lets a party name stand for a country ("Labour" in "Serbian Labour Minister").
  const m = matchContext(context);
  for (const p of m.pieces) {
    // "met his Chinese counterpart": the country of the other side, not of whoever met them
    const next = m.pieces.find((o) => o.from === p.to);
    if (next && modifierEffect(next) === 'counterpart') continue;
    // a name several people share says no country (it is what the context may have to settle)
    const people = p.entries.filter((e) => e.item.t === 'entity' && e.item.via === 'name').length;
    for (const e of p.entries) {
      let c: string | null = null;
      if (e.item.t === 'country') c = e.item.iso3;
      else if (
        people === 1 &&
        e.item.t === 'entity' &&
        e.item.via === 'name' &&
        e.item.entity.kind === 'person'
      ) {
        const code = roleAt(e.item.entity, null).role.code;
        if (!code.startsWith('IGO')) c = splitCode(code).country;
      }
      if (c && !out.includes(c)) out.push(c);
      if (c) break;
    }
  }
  if (out.length > 0) return out;
  for (const ref of resolveActorList({ text: context, date: null })) {
    // An international body is nobody's country ("a United Nations appeal").
    if (/^(IGO|IMG|NGO|MNC)/.test(ref.code)) continue;
    if (ref.rules?.includes('modifier.counterpart')) continue;
    if (ref.country && !out.includes(ref.country)) out.push(ref.country);
  }
  return out;
}

/**
 * Is a surname match preceded by a given name that none of its people bear? "Mahendra Chaudhry"
 * is not "Fawad Chaudhry", however well the surname fits.
 */
function otherGivenName(m: MatchedPhrase, pieces: Piece[], at: number): boolean {
  const p = pieces[at];
  const prev = pieces[at - 1];
  if (prev?.word !== 'name' || prev.to !== p.from) return false;
  if (!p.entries.every((e) => e.item.t !== 'entity' || e.item.via === 'short')) return false;
  const given = m.tokens[prev.from].key;
  return !p.entries.some(
    (e) =>
      e.item.t === 'entity' && e.item.entity.names.some((n) => cachedPhraseKey(n).split(' ').includes(given)),
  );
}

/** Prepositions that place an actor somewhere ("rebels in Liberia", "protests across Iran"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'around', 'within']);

/**
 * Countries of the places a context sentence locates things in ("... in Tel Aviv", "... in the
 * Ivory Coast"), in order. Capitals count as places here, not as governments. Memoised per
 * text, so the array is shared and must not be changed.
 */
export function contextPlaces(context: string | null | undefined): readonly string[] {
  if (!context) return [];
  return memoised(placesMemo, context, readContextPlaces);
}

function readContextPlaces(context: string): string[] {
  // A place is read only after a locative preposition: a sentence without one (about half of
  // them) places nothing, and needs no match (the tokens are those the match would read).
  let toks: ActorToken[] | undefined;
  if (!contextMatches.has(context)) {
    toks = tokenizeActor(context);
    if (!toks.some((t) => LOCATIVE.has(t.key))) return [];
  }
  const m = matchContext(context, toks);
  const out: string[] = [];
  for (let i = 1; i < m.pieces.length; i++) {
    let j = i - 1;
    // "in the Ivory Coast", "in southern Lebanon", "in the West Bank city of Jericho"
    while (
      j > 0 &&
      j >= i - 3 &&
      m.pieces[j].word !== 'prep' &&
      !m.pieces[j].entries.some((e) => e.item.t !== 'modifier') &&
      m.pieces[j].word !== 'comma'
    )
      j--;
    const prep = m.pieces[j];
    if (prep.word !== 'prep' || !LOCATIVE.has(m.tokens[prep.from].key)) continue;
    const c = firstEntry(m.pieces[i], 'country');
    let iso3: string | null = null;
    if (c?.item.t === 'country' && c.item.via !== 'demonym' && c.item.via !== 'demonym-plural')
      iso3 = c.item.iso3;
    else if (m.pieces[i].word === 'name') {
      let k = i;
      while (k + 1 < m.pieces.length && m.pieces[k + 1].word === 'name') k++;
      iso3 = cityOf(m.tokens, m.pieces[i].from, m.pieces[k].to)?.iso3 ?? null;
    }
    if (iso3 && !out.includes(iso3)) out.push(iso3);
  }
  return out;
}

/** Organisation prefixes that stand where a country would in a CAMEO code. */
const ORG_PREFIXES = new Set(['IMG', 'NGO', 'MNC']);

/** Chooses among the readings of an ambiguous name: active that day, then named in the context. */
function pickEntity(
  cands: KbEntity[],
  date: string | null,
  ctxCountries: string[],
  fullName: boolean,
): { e: KbEntity; at: RoleAt } {
  const scored = cands.map((e) => {
    const at = roleAt(e, date);
    const country = splitCode(at.role.code).country;
    let score = 0;
    if (at.how === 'active') score += 4;
    if (country && ctxCountries.includes(country)) score += 2;
    if (at.role.primary) score += 1;
    if (fullName && !isSeat(at.role)) score += 1;
    return { e, at, score };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0];
}

/** The organisation code of an IGO named before `to` in the pieces ("U.N." in "U.N. envoy X"). */
function igoBefore(pieces: Piece[], to: number, date: string | null): string | null {
  for (const p of pieces) {
    if (p.to > to) break;
    for (const e of p.entries) {
      if (e.item.t !== 'entity' || e.item.entity.kind !== 'organization') continue;
      const code = roleAt(e.item.entity, date).role.code;
      if (code.startsWith('IGO')) return splitCode(code).country;
    }
  }
  return null;
}

/** Do the best readings of a name disagree on the actor? */
function ambiguous(cands: KbEntity[], date: string | null, ctx: string[], fullName: boolean): boolean {
  // A namesake (full name) known by a seat in a legislature yields to one holding an office, as a
  // seat yields to an office in one person's roles: the news names ministers more than backbenchers.
  const score = (e: KbEntity) => {
    const at = roleAt(e, date);
    const country = splitCode(at.role.code).country;
    const office = fullName && !isSeat(at.role) ? 1 : 0;
    return (at.how === 'active' ? 4 : 0) + (country && ctx.includes(country) ? 2 : 0) + office;
  };
  const top = Math.max(...cands.map(score));
  const codes = new Set(cands.filter((e) => score(e) === top).map((e) => roleAt(e, date).role.code));
  return codes.size > 1;
}

function surfaceOf(m: MatchedPhrase, from: number, to: number, text: string): string {
  if (from >= to) return '';
  return text.slice(m.tokens[from].start, m.tokens[to - 1].end);
}

function contentBounds(pieces: Piece[]): [number, number] {
  let a = -1;
  let b = -1;
  for (const p of pieces) {
    const eff = modifierEffect(p);
    if (
      eff === 'determiner' ||
      eff === 'leader' ||
      eff === 'ignore' ||
      p.word === 'number' ||
      p.word === 'comma'
    ) {
      if (a < 0) continue;
    }
    if (a < 0) a = p.from;
    b = p.to;
  }
  return [Math.max(a, 0), Math.max(b, 0)];
}

/** Resolves one reading (no conjunctions left in it). */
function resolveReading(
  r: Reading,
  q: ActorQuery,
  text: string,
  ctxCountries: () => string[],
  ctxPlaces: () => readonly string[] = () => contextPlaces(q.context),
): ActorRef {
  const date = q.date ? q.date.slice(0, 10) : null;
  const rules: string[] = [];
  const head = r.segments[0];
  const owned = r.segments.filter((s, i) => i === 0 || !FOREIGN_PREPS.has(s.tag));
  const former = head.pieces.some((p) => modifierEffect(p) === 'former');
  // "the head of the army", "chief of the Kenyan police": the person at the top of what follows
  // "of", read from it; alone, "the head" is a pronoun's worth
  const leaderOf = r.segments[1]?.tag === 'of' && head.pieces.some((p) => modifierEffect(p) === 'leader');
  const pronounOnly =
    !leaderOf &&
    head.pieces.length > 0 &&
    head.pieces.every((p) => {
      const eff = modifierEffect(p);
      return eff === 'pronoun' || eff === 'determiner' || eff === 'leader';
    });
  if (head.pieces.some((p) => modifierEffect(p) === 'counterpart')) rules.push('modifier.counterpart');
  const [ca, cb] = contentBounds(head.pieces);
  let name = surfaceOf(r.m, ca, cb, text) || text.trim();
  if (pronounOnly) return { code: '---', country: null, sector: 'UNK', name, rules: ['pronoun.unresolved'] };

  // The entity: in the head first; in an owning complement when the head names no country.
  let entityPiece: Piece | null = null;
  let entitySeg = -1;
  for (let si = 0; si < r.segments.length && !entityPiece; si++) {
    const seg = r.segments[si];
    if (si > 0 && FOREIGN_PREPS.has(seg.tag)) continue;
    if (si > 0 && head.pieces.some((p) => firstEntry(p, 'country'))) break;
    const withName = seg.pieces.filter(
      (p, pi) => firstEntry(p, 'entity') && !otherGivenName(r.m, seg.pieces, pi),
    );
    // A full name beats a short form; among equals the rightmost is the head ("UN Secretary-General
    // Antonio Guterres", "Netanyahu's Likud party").
    const full = withName.filter((p) =>
      p.entries.some((e) => e.item.t === 'entity' && e.item.via === 'name'),
    );
    entityPiece = full[full.length - 1] ?? withName[withName.length - 1] ?? null;
    if (entityPiece) entitySeg = si;
  }
  let sharedCountry: string | null = null;
  let personOnly = false;
  // "foreign minister Wagner": a title before the name says it is a person, not the Wagner
  // Group; a name that only organisations have is then someone the knowledge base does not know.
  if (entityPiece && entitySeg === 0 && bestSector(head.pieces, 0, entityPiece.from)?.rule.title) {
    const all = entityPiece.entries.flatMap((e) => (e.item.t === 'entity' ? [e.item.entity] : []));
    if (all.some((e) => e.kind === 'person')) personOnly = all.some((e) => e.kind !== 'person');
    else if (all.length) {
      entityPiece = null;
      rules.push('kb.title-before-organisation');
    }
  }
  // A name shared by several entities who all fit the day and the context (the surname
  // "Rodriguez", two namesakes of different countries) names no one in particular.
  if (entityPiece) {
    const short = entityPiece.entries.every((e) => e.item.t !== 'entity' || e.item.via === 'short');
    // A full name beats another entity's short form ("EU" is the Union, not a party called EU).
    const cands = entityPiece.entries.flatMap((e) =>
      e.item.t === 'entity' &&
      (short || e.item.via === 'name') &&
      (!personOnly || e.item.entity.kind === 'person')
        ? [e.item.entity]
        : [],
    );
    if (cands.length > 1 && ambiguous(cands, date, ctxCountries(), !short)) {
      entityPiece = null;
      rules.push(short ? 'kb.ambiguous-surname' : 'kb.ambiguous-name');
      // Namesakes of one country still say whose actor it is ("Rodriguez" in Venezuela).
      const countries = new Set(cands.map((e) => splitCode(roleAt(e, date).role.code).country));
      const ctx = ctxCountries();
      const shared = [...countries].filter((c) => c && ctx.includes(c));
      if (shared.length === 1) sharedCountry = shared[0];
    }
  }

  const headSector = bestSector(head.pieces);
  let country: string | null = null;
  let sector: string | null = null;
  let igo = false;
  let entityId: string | undefined;

  // Countries named in the phrase, head first, then owning complements in order.
  const countryPieces: { p: Piece; seg: number }[] = [];
  r.segments.forEach((s, si) => {
    if (si > 0 && FOREIGN_PREPS.has(s.tag)) return;
    // "Israel's militia ally", "Iran's proxies": whose ally it is, not whose it is
    const allied = s.pieces.some((p) => modifierEffect(p) === 'ally');
    s.pieces.forEach((p, pi) => {
      if (!firstEntry(p, 'country')) return;
      if (allied && s.pieces[pi + 1]?.word === 'possessive') {
        rules.push('modifier.ally');
        return;
      }
      countryPieces.push({ p, seg: si });
    });
  });
  const firstCountry = countryPieces[0]?.p;
  const firstCountryItem = firstCountry ? firstEntry(firstCountry, 'country')?.item : undefined;

  // "Serbian Labour Minister": a portfolio named like a foreign party is not that party. An
  // organisation of one country, after another country's name and before a title, is a word.
  if (
    entityPiece &&
    firstCountryItem?.t === 'country' &&
    entitySeg === 0 &&
    firstCountry!.from < entityPiece.from
  ) {
    const orgs = entityPiece.entries.flatMap((e) =>
      e.item.t === 'entity' && e.item.entity.kind !== 'person' ? [e.item.entity] : [],
    );
    const after = bestSector(head.pieces, entityPiece.to);
    if (
      orgs.length > 0 &&
      after?.rule.title &&
      orgs.every((e) => {
        const c = splitCode(roleAt(e, date).role.code).country;
        return c !== null && c !== firstCountryItem.iso3 && !roleAt(e, date).role.code.startsWith('IGO');
      })
    ) {
      entityPiece = null;
      rules.push('kb.foreign-org-as-portfolio');
    }
  }

  // "ethnic Albanians", "ethnic Albanian guerrillas": a people living in another country; whose
  // actor they are is left to the context (where the sentence places them).
  const ethnic =
    !entityPiece &&
    firstCountryItem?.t === 'country' &&
    (firstCountryItem.via === 'demonym' || firstCountryItem.via === 'demonym-plural') &&
    firstCountry!.from > 0 &&
    r.m.tokens[firstCountry!.from - 1].key === 'ethnic';

  if (entityPiece) {
    const full = entityPiece.entries.some((e) => e.item.t === 'entity' && e.item.via === 'name');
    const cands = entityPiece.entries.flatMap((e) =>
      e.item.t === 'entity' &&
      (!full || e.item.via === 'name') &&
      (!personOnly || e.item.entity.kind === 'person')
        ? [e.item.entity]
        : [],
    );
    const { e, at } = pickEntity(cands, date, cands.length > 1 ? ctxCountries() : [], full);
    entityId = e.id;
    // chosen among namesakes: the article may know better (see the actor stage)
    if (cands.length > 1) rules.push('kb.namesakes');
    const split = splitCode(at.role.code);
    igo = at.role.code.startsWith('IGO');
    country = split.country;
    sector = split.sector;
    rules.push(`kb.${e.kind}`, `kb.role.${at.how}`);
    const segPieces = r.segments[entitySeg].pieces;
    const before = bestSector(segPieces, 0, entityPiece.from);
    const after = bestSector(segPieces, entityPiece.to);
    if (e.kind === 'person') {
      name = e.names[0];
      if (after && after.rule.priority >= 60) {
        // "the Trump administration", "Putin's army": an institution of the person's country.
        sector = after.rule.sector;
        name = surfaceOf(r.m, ca, cb, text) || name;
        entityId = undefined;
        rules.push(after.rule.id, 'kb.person-institution');
      } else if (former && split.sector && OFFICE_SECTORS.has(split.sector)) {
        sector = 'ELI';
        rules.push('modifier.former');
      } else if (before?.rule.title && (at.how !== 'active' || !split.sector || split.sector === 'ELI')) {
        // Without a dated office the title in the text says what the person is.
        sector = before.rule.sector;
        rules.push(before.rule.id, 'title.over-kb');
      } else if (at.how === 'former' && split.sector && OFFICE_SECTORS.has(split.sector)) {
        sector = 'ELI';
        rules.push('kb.former-official');
      }
      if (firstCountryItem?.t === 'country' && entitySeg === 0 && firstCountry!.from < entityPiece.from) {
        if (firstCountryItem.iso3 !== country) rules.push('country.text-over-kb');
        country = firstCountryItem.iso3;
      }
      // "U.N. mediator Diego Cordovez": a person titled as an international organisation's
      // official acts for it, whatever office at home the knowledge base records.
      const igo =
        entitySeg === 0 && !split.country?.startsWith('IGO')
          ? igoBefore(head.pieces, entityPiece.from, date)
          : null;
      if (igo && !at.role.code.startsWith('IGO')) {
        country = igo;
        sector = !before || before.rule.sector === 'GOV' ? null : before.rule.sector;
        rules.push('kb.igo-official');
        return { code: `IGO${igo}${sector ?? ''}`, country, sector, name, entityId, rules };
      }
    } else {
      name = e.names[0];
      const word = after ?? before;
      if (entitySeg === 0 && word && (word.rule.priority >= INSTITUTION_PRIORITY || !sector)) {
        sector = word.rule.sector;
        rules.push(word.rule.id, 'kb.org-institution');
      }
      if (former && sector && OFFICE_SECTORS.has(sector)) {
        sector = 'ELI';
        rules.push('modifier.former');
      }
      if (!country) {
        const c = countryPieces.find((x) => x.p !== entityPiece);
        const item = c ? firstEntry(c.p, 'country')?.item : undefined;
        if (item?.t === 'country') {
          country = item.iso3;
          rules.push(item.rule);
        }
      }
    }
    const prefix = at.role.code.slice(0, 3);
    // The organisation type leads the code even though no country does: al-Qaeda is IMGREB, and
    // CAMEO's agent dictionary codes international NGOs as IGO plus their field (Amnesty is
    // IGOHRI, "Medical / Health NGOs" IGOHLH). `country` stays null and `sector` NGO.
    let code = joinCode(country, sector, igo);
    if (!country && prefix === 'NGO') code = `IGO${at.role.code.slice(3)}`;
    else if (!country && ORG_PREFIXES.has(prefix))
      code = `${prefix}${sector && sector !== 'UNK' && sector !== prefix ? sector : ''}`;
    return { code, country, sector, name, entityId, rules };
  }

  if (sharedCountry) {
    country = sharedCountry;
    rules.push('context.country');
  }
  if (ethnic) {
    rules.push('country.ethnic-group');
    // "ethnic Albanians in Macedonia": the country they live in, when the phrase names it.
    const home = countryPieces.slice(1).find((c) => c.seg > 0);
    const item = home ? firstEntry(home.p, 'country')?.item : undefined;
    if (item?.t === 'country') {
      country = item.iso3;
      rules.push('country.ethnic-home');
    }
  }
  if (firstCountryItem?.t === 'country' && !ethnic) {
    country = firstCountryItem.iso3;
    rules.push(firstCountryItem.rule);
    // A country named on its own is shown by its name ("the U.S." -> "United States").
    const content = head.pieces.filter((p) => !modifierEffect(p) && p.word !== 'number');
    if (
      content.length === 1 &&
      content[0] === firstCountry &&
      firstCountryItem.via !== 'capital' &&
      firstCountryItem.via !== 'seat'
    ) {
      name = firstCountryItem.name;
    }
  }

  // Sector: the head's words, else an owning complement's, else what the place stands for.
  let sectorRule = headSector;
  // "President of the Nigerian Bar Association": an office of a body named after "of" is that
  // body's, not the state's (rule `sector.office-of-body`)
  const of = r.segments[1];
  const bodyNamed =
    !entityId &&
    of?.tag === 'of' &&
    headSector?.rule.id === 'sector.gov.head-of-state' &&
    of.pieces.some(
      (p) => p.word === 'name' && !firstEntry(p, 'country') && !STATE_WORDS.has(r.m.tokens[p.from].key),
    );
  if (bodyNamed) {
    sectorRule = bestSector(of.pieces);
    rules.push('sector.office-of-body');
  }
  if (!sectorRule && !bodyNamed) {
    for (const s of owned.slice(1)) {
      sectorRule = bestSector(s.pieces);
      if (sectorRule) break;
    }
  }
  const commonNouns = head.pieces.filter((p) => p.word === 'noun');
  const names = head.pieces.filter((p) => p.word === 'name');
  if (sectorRule) {
    sector = sectorRule.rule.sector;
    rules.push(sectorRule.rule.id);
    if (former && OFFICE_SECTORS.has(sector)) {
      sector = 'ELI';
      rules.push('modifier.former');
    }
  } else if (firstCountryItem?.t === 'country') {
    const alone = commonNouns.length === 0 && names.length === 0 && countryPieces.length >= 1;
    if (firstCountryItem.via === 'city') sector = 'CVL';
    else if (alone) sector = firstCountryItem.sector;
  }
  // "thousands of Israelis", "hundreds of Kenyans": a crowd of a people is civilians, not the
  // state (rule sector.cvl.counted-people); "two Russians" stay their country's nationals
  if (
    !sector &&
    firstCountryItem?.t === 'country' &&
    firstCountryItem.via === 'demonym-plural' &&
    r.m.pieces[0]?.word === 'number' &&
    CROWD_COUNTS.has(r.m.tokens[r.m.pieces[0].from].key)
  ) {
    sector = 'CVL';
    rules.push('sector.cvl.counted-people');
  }

  // Unknown capitalised words: a city, or a country from the context.
  if (!country && q.kind !== 'person') {
    for (const s of owned) {
      let i = 0;
      while (i < s.pieces.length && !country) {
        if (s.pieces[i].word !== 'name') {
          i++;
          continue;
        }
        let j = i;
        while (j < s.pieces.length && s.pieces[j].word === 'name') j++;
        const city = cityOf(r.m.tokens, s.pieces[i].from, s.pieces[j - 1].to);
        if (city) {
          country = city.iso3;
          rules.push('country.city');
          if (!sector && s === head && j - i === head.pieces.filter((p) => p.word === 'name').length) {
            if (commonNouns.length === 0) {
              sector = 'CVL';
              rules.push('city.population');
            }
          }
        }
        i = j;
      }
      if (country) break;
    }
  }
  // "nine Latin American governments": a region's adjective names no one country to borrow
  const regional = !country && namesRegion(name);
  if (!country && !regional && (names.length > 0 || (sector && OFFICE_SECTORS.has(sector)))) {
    const ctx = ctxCountries();
    if (ctx.length === 1) {
      country = ctx[0];
      rules.push('context.country');
    }
  }
  // A group named by its sector alone ("refugees", "rebels", "the opposition newspaper") belongs
  // where the sentence places events, else to the one country the sentence names.
  if (!country && !regional && sector && !OFFICE_SECTORS.has(sector) && names.length === 0 && q.context) {
    const places = ctxPlaces();
    const ctx = ctxCountries();
    if (places.length > 0) {
      country = places[0];
      rules.push('context.place');
    } else if (ctx.length === 1 && sector !== 'CVL') {
      // civilians are as often another country's victims as its people (as in inherit-country.ts)
      country = ctx[0];
      rules.push('context.country');
    }
  }
  if (!sector && commonNouns.length > 0) {
    sector = 'UNK';
    rules.push('sector.unknown-noun');
  }
  if (!country && !sector && names.length === 0 && commonNouns.length === 0 && rules.length === 0) {
    return { code: '---', country: null, sector: null, name, rules: ['unresolved'] };
  }
  return { code: joinCode(country, sector), country, sector, name, rules };
}

/** Does a piece name an actor (a known entity or a country)? */
function anchors(p: Piece): boolean {
  return p.entries.some((e) => e.item.t === 'entity' || e.item.t === 'country');
}

function isGroupReference(m: MatchedPhrase): boolean {
  return m.pieces.some((p) => modifierEffect(p) === 'group-reference');
}

/** Does the phrase refer to two parties at once ("the two leaders", "both sides")? */
export function namesBothParties(text: string): boolean {
  return isGroupReference(matchPhrase(text, knowledge()));
}

/**
 * Resolves a mention that may name several actors: "Venezuela and Colombia", "US and British
 * activists" (the shared noun gives every part its sector), "the two countries" (read from the
 * context). Returns at least one actor.
 */
export function resolveActorList(q: ActorQuery): ActorRef[] {
  return resolveWithUse(q, {});
}

/**
 * What a resolution read of its context sentence: the countries it names and the places it puts
 * things in, each set only when read. The context says nothing else to the resolver, so the same
 * phrase on the same day resolves the same way in every context (of the same presence) that gives
 * the same answers to those reads.
 */
export interface ContextUse {
  countries?: readonly string[];
  places?: readonly string[];
}

/** `resolveActorList`, with what the answer read of `q.context` (see `sameContextUse`). */
export function resolveActorListWithUse(q: ActorQuery): { refs: ActorRef[]; use: ContextUse } {
  const use: ContextUse = {};
  const refs = resolveWithUse(q, use);
  return { refs, use };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Would a resolution that read `use` of its context read the same of `context`? Then it gives the
 * same actors there. Reads are replayed in no particular order: equal answers to every read keep
 * the resolver on the same path, so it makes no other read.
 */
export function sameContextUse(use: ContextUse, context: string | null | undefined): boolean {
  if (use.countries && !sameList(use.countries, contextCountries(context))) return false;
  if (use.places && !sameList(use.places, contextPlaces(context))) return false;
  return true;
}

function resolveWithUse(q: ActorQuery, use: ContextUse): ActorRef[] {
  const k = knowledge();
  const text = q.text ?? '';
  // a context sentence read as a phrase (`readContextCountries`) was matched just before
  const m = text === lastContext ? matchContext(text) : matchRecent(text);
  let ctxCache: string[] | null = null;
  const ctxCountries = () => {
    if (ctxCache === null) ctxCache = contextCountries(q.context);
    use.countries = ctxCache;
    return ctxCache;
  };
  const ctxPlaces = () => {
    const places = contextPlaces(q.context);
    use.places = places;
    return places;
  };

  if (isGroupReference(m) && q.context) {
    const own = resolveReading(
      { m, segments: segmentsOf(m, m.pieces) },
      { ...q, context: null },
      text,
      () => [],
    );
    const countries = ctxCountries();
    if (countries.length > 1 && !own.country) {
      const sector = own.sector === 'UNK' ? null : own.sector;
      return countries.map((c) => ({
        code: joinCode(c, sector),
        country: c,
        sector,
        name: k.countryName.get(c) ?? c,
        rules: [...(own.rules ?? []).filter((x) => x !== 'sector.unknown-noun'), 'compound.group-reference'],
      }));
    }
  }

  // Split on conjunctions (and the commas of a list) when every part names an actor: "police and
  // soldiers" or "residence and workplace of the President" stay one actor.
  const hasConj = m.pieces.some((p) => p.word === 'conj');
  if (hasConj) {
    const parts: Piece[][] = [[]];
    for (const p of m.pieces) {
      if (p.word === 'conj' || p.word === 'comma') parts.push([]);
      else parts[parts.length - 1].push(p);
    }
    const real = parts.filter((ps) => ps.length > 0);
    if (real.length > 1 && real.every((ps) => ps.some(anchors))) {
      const refs = real.map((ps) =>
        resolveReading({ m, segments: segmentsOf(m, ps) }, q, text, ctxCountries, ctxPlaces),
      );
      // "US and British activists": the last part's noun is shared by bare country parts.
      const last = refs[refs.length - 1];
      const lastSector = bestSector(real[real.length - 1]);
      if (lastSector) {
        for (let i = 0; i < refs.length - 1; i++) {
          const onlyCountry = real[i].every(
            (p) => !p.entries.length || firstEntry(p, 'country') || modifierEffect(p),
          );
          if (refs[i].country && !refs[i].sector && onlyCountry && !refs[i].entityId) {
            refs[i] = {
              ...refs[i],
              sector: last.sector,
              code: joinCode(refs[i].country, last.sector),
              rules: [...(refs[i].rules ?? []), lastSector.rule.id, 'compound.shared-sector'],
            };
          }
        }
      }
      return refs;
    }
  }
  return [resolveReading({ m, segments: segmentsOf(m, m.pieces) }, q, text, ctxCountries, ctxPlaces)];
}

/** One remembered resolution of a text: the day, context and kind it was read with. */
interface CachedRef {
  date: string;
  context: string;
  kind: string;
  ref: ActorRef;
}

/**
 * Recent resolutions: news repeats its actors ("the U.S.", "Colombia") many times over. Keyed by
 * the text alone (its hash is kept on the string), with the few readings of it in a list, so a
 * look-up builds no key.
 */
const cache = new Map<string, CachedRef[]>();
let cached = 0;
const CACHE_MAX = 20_000;
onKnowledgeReset(() => {
  cache.clear();
  cached = 0;
});

/** Resolves a free-standing actor mention to a CAMEO-style code; a compound gives its first actor. */
export function resolveActorText(q: ActorQuery): ActorRef {
  const date = q.date ? q.date.slice(0, 10) : '';
  const context = q.context ?? '';
  const kind = q.kind ?? '';
  let list = cache.get(q.text);
  let hit: ActorRef | undefined;
  if (list)
    for (const e of list)
      if (e.date === date && e.context === context && e.kind === kind) {
        hit = e.ref;
        break;
      }
  if (!hit) {
    hit = resolveActorList(q)[0];
    if (cached >= CACHE_MAX) {
      cache.clear();
      cached = 0;
      list = undefined;
    }
    if (!list) {
      list = [];
      cache.set(q.text, list);
    }
    list.push({ date, context, kind, ref: hit });
    cached++;
  }
  // A copy, so that a caller changing its record cannot change the cache.
  const out: ActorRef = { ...hit };
  if (hit.rules) out.rules = [...hit.rules];
  return out;
}
