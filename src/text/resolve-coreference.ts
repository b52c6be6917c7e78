import type { MentionKind } from '../core/records.js';
import type { MentionDraft } from './find-mentions.js';
import { NOMINAL_HEADS, PRONOUNS } from './lexicon/actors.js';
import { countryDisplayName, fold } from './lexicon/places.js';

const ACTOR_KINDS: ReadonlySet<MentionKind> = new Set(['organization', 'country', 'city']);

/** The kind a mention stands for once its chain is followed to the root. */
function rootOf(m: MentionDraft, byId: Map<string, MentionDraft>): MentionDraft {
  let r = m;
  for (let guard = 0; r.antecedent && guard < 20; guard++) {
    const next = byId.get(r.antecedent);
    if (!next) break;
    r = next;
  }
  return r;
}

function surnameOf(name: string): string {
  const parts = name.split(' ');
  return fold(parts[parts.length - 1]);
}

/**
 * Links mentions within one article and fills `antecedent` and `canonical`:
 * surnames to the full name ("Petro" to "Gustavo Petro"), repeated names to their first mention,
 * definite nominals and bare titles ("the ministry", "the president") to the nearest earlier
 * mention with that head word or title, and pronouns to the nearest earlier mention of a fitting
 * kind (he/she a person; it an organisation or country; they also a group). "I" and "we" are left
 * to the quote stage, which knows the speaker.
 */
export function resolveCoreference(mentions: MentionDraft[]): void {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  // Full names first, so that a surname can find a full name that comes later too.
  const fullBySurname = new Map<string, MentionDraft>();
  for (const m of mentions) {
    if (m.kind === 'person' && m.name && m.name.includes(' ')) {
      const s = surnameOf(m.name);
      if (!fullBySurname.has(s)) fullBySurname.set(s, m);
    }
  }
  const firstByName = new Map<string, MentionDraft>();
  const search = new BackSearch(mentions);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const key = m.name ? fold(m.name) : '';
    if (m.kind === 'pronoun') {
      resolvePronoun(search, i, byId);
      continue;
    }
    if (m.kind === 'nominal' || m.kind === 'title') {
      resolveNominal(search, i);
      continue;
    }
    if (m.kind === 'demonym') continue;
    // A one-word name that is the surname of a full name is that person ("Petro", "President Trump").
    if (m.name && !m.name.includes(' ')) {
      const full = fullBySurname.get(fold(m.name));
      if (full && full !== m) {
        m.kind = 'person';
        m.antecedent = full.id;
        continue;
      }
    }
    // Groups with the same noun ("experts" twice) are not known to be the same people.
    if (key && m.kind !== 'group') {
      if (m.kind === 'country') m.name = countryDisplayName(m.name ?? m.text) ?? m.name;
      const first = firstByName.get(m.kind === 'country' ? fold(m.name ?? key) : key);
      if (first) m.antecedent = first.id;
      else firstByName.set(m.kind === 'country' ? fold(m.name ?? key) : key, m);
    }
  }
  for (const m of mentions) {
    const root = rootOf(m, byId);
    // An unresolved "the minister" or "he" has no canonical name; a proper name is its own.
    const named = (x: MentionDraft) => x.kind !== 'nominal' && x.kind !== 'pronoun';
    if ((root !== m || m.antecedent) && named(root)) m.canonical = root.name ?? root.text;
    else if (m.name && named(m)) m.canonical = m.name;
  }
}

/** Links "the president", "the ministry", "the Foreign Minister" to an earlier full mention. */
function resolveNominal(search: BackSearch, i: number): void {
  const m = search.mentions[i];
  const head = (m.name ?? m.text).toLowerCase();
  const lastWord = head.split(' ').pop() ?? head;
  const wanted =
    NOMINAL_HEADS.get(head) ?? NOMINAL_HEADS.get(lastWord) ?? (m.kind === 'title' ? 'person' : undefined);
  if (/\b(two|both|countries|nations|states|several)\b/.test(head)) return;
  if (wanted !== 'person' && wanted !== 'organization' && wanted !== 'country') return;
  const full = (c: MentionDraft) =>
    c.kind !== 'pronoun' && c.kind !== 'nominal' && c.kind !== 'demonym' && c.kind !== 'title';
  const fits =
    wanted === 'person'
      ? (c: MentionDraft) => c.kind === 'person' && !!c.title?.toLowerCase().includes(lastWord)
      : wanted === 'organization'
        ? (c: MentionDraft) => c.kind === 'organization' && c.text.toLowerCase().includes(lastWord)
        : (c: MentionDraft) => c.kind === 'country';
  const k = search.nearest(
    wanted === 'country' ? 'n:country' : `n:${wanted}:${lastWord}`,
    i,
    (c) => full(c) && fits(c),
  );
  if (k >= 0) m.antecedent = search.mentions[k].id;
}

/**
 * Links a pronoun to an earlier mention of a fitting kind: the nearest one before it in its own
 * sentence, else the first fitting one (usually the subject) of the closest earlier sentence that
 * has one, up to three sentences back.
 */
function resolvePronoun(search: BackSearch, i: number, byId: Map<string, MentionDraft>): void {
  const m = search.mentions[i];
  const role = PRONOUNS.get(m.text.toLowerCase());
  if (role === 'speaker' || role === 'we' || !role) return;
  const fits = (c: MentionDraft): boolean => {
    if (c.kind === 'demonym') return false;
    if (c.kind === 'pronoun' && (PRONOUNS.get(c.text.toLowerCase()) !== role || !c.antecedent)) return false;
    const kind = rootOf(c, byId).kind;
    const nominalKind =
      c.kind === 'nominal' && !c.antecedent ? NOMINAL_HEADS.get((c.name ?? '').toLowerCase()) : undefined;
    const effective: string = nominalKind ?? (c.kind === 'title' ? 'person' : kind);
    if (role === 'person') return effective === 'person';
    if (role === 'thing') return ACTOR_KINDS.has(effective as MentionKind);
    return ACTOR_KINDS.has(effective as MentionKind) || effective === 'group';
  };
  const near = search.nearest(`p:${role}`, i, fits);
  if (near >= 0 && search.mentions[near].sentence === m.sentence) {
    m.antecedent = search.mentions[near].id;
    return;
  }
  for (let g = search.groupOf[i] - 1; g >= 0; g--) {
    const lo = search.groupStart[g];
    if (m.sentence - search.mentions[lo].sentence > 3) break;
    const first = search.firstIn(`p:${role}`, g, fits);
    if (first >= 0) {
      m.antecedent = search.mentions[first].id;
      return;
    }
  }
}

/**
 * Backward searches over the mentions of an article, remembered so that an article with many
 * mentions costs time in proportion to their number, not its square. A search is named by a key
 * that stands for its test; the test of an earlier mention must not change once it has been
 * passed over (true here: a mention's kind, title and antecedent are settled in order).
 */
class BackSearch {
  /** Index of the sentence group (run of mentions of one sentence) of each mention. */
  readonly groupOf: number[] = [];
  /** Index of the first mention of each group. */
  readonly groupStart: number[] = [];
  private readonly last = new Map<string, { upTo: number; found: number }>();
  private readonly first = new Map<string, number>();

  constructor(readonly mentions: readonly MentionDraft[]) {
    for (let i = 0; i < mentions.length; i++) {
      if (i === 0 || mentions[i].sentence !== mentions[i - 1].sentence) this.groupStart.push(i);
      this.groupOf.push(this.groupStart.length - 1);
    }
  }

  /** The nearest mention before `i` that passes `test`, or -1. Calls of one key come in order of `i`. */
  nearest(key: string, i: number, test: (c: MentionDraft) => boolean): number {
    const known = this.last.get(key);
    let found = -1;
    for (let k = i - 1; k >= (known?.upTo ?? 0); k--) {
      if (test(this.mentions[k])) {
        found = k;
        break;
      }
    }
    if (found < 0 && known) found = known.found;
    this.last.set(key, { upTo: i, found });
    return found;
  }

  /** The first mention of sentence group `g` that passes `test`, or -1. */
  firstIn(key: string, g: number, test: (c: MentionDraft) => boolean): number {
    const name = `${key}@${g}`;
    const known = this.first.get(name);
    if (known !== undefined) return known;
    const end = g + 1 < this.groupStart.length ? this.groupStart[g + 1] : this.mentions.length;
    let found = -1;
    for (let k = this.groupStart[g]; k < end; k++) {
      if (test(this.mentions[k])) {
        found = k;
        break;
      }
    }
    this.first.set(name, found);
    return found;
  }
}
