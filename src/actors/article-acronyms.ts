import type { ActorRef, Mention } from '../core/records.js';

/** An acronym given in brackets right after a name: "the Kenya Defence Forces (KDF)". */
const BRACKETED = /\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)/y;
/** The word just before a mention, as in "KDF soldiers" when the mention is "soldiers". */
const WORD_BEFORE = /([A-Z][A-Za-z]{1,9}) $/;

/**
 * Do the acronym's letters stand for the name's words, in order, from its first word on?
 * "KDF" for "Kenya Defence Forces", "DfID" for "Department for International Development";
 * words may be skipped ("ISIL" for "Islamic State in Iraq and the Levant").
 */
export function initialsFit(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase();
  if ((acronym.match(/[A-Z]/g) ?? []).length < 2) return false;
  const words = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .filter((w, i) => i > 0 || !/^the$/i.test(w));
  if (words.length < 2 || words[0][0].toLowerCase() !== letters[0]) return false;
  let at = 1;
  for (let i = 1; i < words.length && at < letters.length; i++)
    if (words[i][0].toLowerCase() === letters[at]) at++;
  return at === letters.length;
}

function withRule(ref: ActorRef, rule: string): ActorRef {
  const rules = ref.rules ?? [];
  return { ...ref, rules: rules.includes(rule) ? rules : [...rules, rule] };
}

/**
 * Acronyms an article defines ("the South African National Defence Force (SANDF)") and the actor
 * each stands for there: later "SANDF" is that actor, and "SANDF officers" its officers, where the
 * knowledge base gives them no country (an acronym it knows keeps its reading: "PLO", "UNHCR").
 */
export class ArticleAcronyms {
  /** Each acronym's defining mention: its actor is read when used, so a country found later counts. */
  private readonly known = new Map<string, Mention>();
  /** Where the definitions' brackets end: the acronym inside is the name again, not a new mention of it. */
  private readonly bracketEnds = new Map<string, number>();

  /** Learns an acronym bracketed right after a mention. */
  learn(text: string, m: Mention): void {
    BRACKETED.lastIndex = m.end;
    const hit = BRACKETED.exec(text);
    if (hit && initialsFit(hit[1], m.text) && !this.known.has(hit[1])) {
      this.known.set(hit[1], m);
      this.bracketEnds.set(hit[1], BRACKETED.lastIndex);
    }
  }

  /** Is the mention a definition's bracket? It stays as the language stage left it (coreference reads through it). */
  #inBracket(m: Mention): boolean {
    for (const w of m.text.split(/\s+/)) {
      const def = this.known.get(w);
      if (def && m.start >= def.end && m.end <= (this.bracketEnds.get(w) ?? 0)) return true;
    }
    return false;
  }

  #actor(acronym: string): ActorRef | undefined {
    const ref = this.known.get(acronym)?.actor;
    return ref?.country ? ref : undefined;
  }

  /** The actor of a mention that is a defined acronym ("SANDF", "the KDF"). */
  whole(m: Mention): ActorRef | undefined {
    if (this.known.size === 0) return undefined;
    const acronym = m.text.replace(/^the /i, '');
    if (this.#inBracket(m)) return undefined;
    const ref = this.#actor(acronym);
    return ref && withRule(ref, 'article.acronym');
  }

  /** Gives the acronyms' actors to mentions still without a country once the article is read. */
  fill(text: string, mentions: readonly Mention[]): void {
    if (this.known.size === 0) return;
    for (const m of mentions) {
      if (m.actor?.country || m.kind === 'pronoun') continue;
      m.actor = this.whole(m) ?? (m.actor ? this.qualify(text, m, m.actor) : m.actor);
    }
  }

  /**
   * A mention that names a defined acronym's people ("KDF soldiers", "SANDF officers"): the
   * acronym's country, and its sector unless the mention names one.
   */
  qualify(text: string, m: Mention, ref: ActorRef): ActorRef {
    if (this.known.size === 0 || ref.country || this.#inBracket(m)) return ref;
    const inside = m.text.split(/\s+/).find((w) => this.known.has(w));
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1];
    const acronym = this.#actor(inside ?? before ?? '');
    // only a country's own actor lends its country ("IGOUNO" is no country's)
    if (!acronym?.country || !acronym.code.startsWith(acronym.country)) return ref;
    const sector = ref.sector && ref.sector !== 'UNK' ? ref.sector : acronym.sector;
    return withRule(
      { ...ref, country: acronym.country, sector, code: `${acronym.country}${sector ?? ''}` },
      'article.acronym',
    );
  }
}
