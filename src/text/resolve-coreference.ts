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
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const key = m.name ? fold(m.name) : '';
    if (m.kind === 'pronoun') {
      resolvePronoun(mentions, i, byId);
      continue;
    }
    if (m.kind === 'nominal' || m.kind === 'title') {
      resolveNominal(mentions, i);
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
function resolveNominal(mentions: MentionDraft[], i: number): void {
  const m = mentions[i];
  const head = (m.name ?? m.text).toLowerCase();
  const lastWord = head.split(' ').pop() ?? head;
  const wanted =
    NOMINAL_HEADS.get(head) ?? NOMINAL_HEADS.get(lastWord) ?? (m.kind === 'title' ? 'person' : undefined);
  if (/\b(two|both|countries|nations|states|several)\b/.test(head)) return;
  for (let k = i - 1; k >= 0; k--) {
    const c = mentions[k];
    if (c.kind === 'pronoun' || c.kind === 'nominal' || c.kind === 'demonym' || c.kind === 'title') continue;
    if (wanted === 'person') {
      if (c.kind !== 'person') continue;
      if (c.title?.toLowerCase().includes(lastWord)) {
        m.antecedent = c.id;
        return;
      }
    } else if (wanted === 'organization') {
      if (c.kind === 'organization' && c.text.toLowerCase().includes(lastWord)) {
        m.antecedent = c.id;
        return;
      }
    } else if (wanted === 'country') {
      if (c.kind === 'country') {
        m.antecedent = c.id;
        return;
      }
    }
  }
}

/**
 * Links a pronoun to an earlier mention of a fitting kind: the nearest one before it in its own
 * sentence, else the first fitting one (usually the subject) of the closest earlier sentence that
 * has one, up to three sentences back.
 */
function resolvePronoun(mentions: MentionDraft[], i: number, byId: Map<string, MentionDraft>): void {
  const m = mentions[i];
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
  let k = i - 1;
  for (; k >= 0 && mentions[k].sentence === m.sentence; k--) {
    if (fits(mentions[k])) {
      m.antecedent = mentions[k].id;
      return;
    }
  }
  while (k >= 0 && m.sentence - mentions[k].sentence <= 3) {
    const sentence = mentions[k].sentence;
    let first: MentionDraft | null = null;
    for (; k >= 0 && mentions[k].sentence === sentence; k--) if (fits(mentions[k])) first = mentions[k];
    if (first) {
      m.antecedent = first.id;
      return;
    }
  }
}
