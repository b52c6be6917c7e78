import { z } from 'zod';
import { type DataFileSpec, loadDataFile } from '../core/data-file.js';
import { builtIndexOf } from './built-index.js';
import { readBuiltKbCached } from './built-kb.js';
import { countryData } from './country-data.js';
import { CURATED_KB_FILES } from './kb-files.js';
import { onKnowledgeReset } from './knowledge-reset.js';
import { nameCase } from './name-case.js';
import { userDictionaries } from './user-dictionaries.js';

/**
 * The names mention detection knows, read from the same data as the actor resolver (one source of
 * names): countries, demonyms and seats from `data/actors/countries.json`, organisations from the
 * curated and built knowledge base, user dictionaries, and `data/actors/mention-names.yaml` for
 * the few names the resolver does not code. Every set holds lower-cased, accent-folded words.
 */

export const mentionNamesFile = z.object({
  version: z.number().int(),
  organisations: z.array(z.string().min(1)),
  demonyms: z.array(z.string().min(1)),
});

export const mentionNamesSpec: DataFileSpec<z.infer<typeof mentionNamesFile>> = {
  path: 'actors/mention-names.yaml',
  schema: mentionNamesFile,
};

/** Anything but printable ASCII; strings without it need no Unicode folding. */
const NOT_PLAIN_ASCII = /[^\x20-\x7e]/;

/** Folds diacritics and case so that "Bogotá" and "BOGOTA" look the same. */
export function fold(s: string): string {
  if (!NOT_PLAIN_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

interface Names {
  organisations: Set<string>;
  demonyms: Set<string>;
  /** Adjectives of regions and peoples that name no one country (folded): "latin american". */
  regional: string[];
  /** Country names of our data and user dictionaries, folded, to every name of that country. */
  countries: Map<string, string[]>;
}

let cached: Names | null = null;
onKnowledgeReset(() => {
  cached = null;
});

function build(): Names {
  const extra = loadDataFile(mentionNamesSpec);
  const organisations = new Set(extra.organisations.map(fold));
  const demonyms = new Set(extra.demonyms.map(fold));
  const regional = extra.demonyms.map(fold);
  const countries = new Map<string, string[]>();
  for (const c of countryData().countries) {
    for (const d of c.demonyms ?? []) demonyms.add(fold(d));
    for (const s of c.seats ?? []) for (const n of s.names) organisations.add(fold(n).replace(/^the /, ''));
    // Acronyms ("CAR", "DRC") stay out: folded, they are words ("car") a capital at the
    // start of a sentence would make a country.
    for (const n of c.names ?? []) if (/[a-z]/.test(n) || n.includes('.')) countries.set(fold(n), c.names!);
  }
  for (const spec of CURATED_KB_FILES) {
    const file = loadDataFile(spec);
    if (file.kind !== 'organization') continue;
    for (const e of file.entities)
      for (const n of [...e.names, ...(e.short ?? [])]) organisations.add(fold(n));
  }
  const built = readBuiltKbCached();
  // Built organisations by their names; their acronyms ("IT", "AND" of small parties) only match
  // text in capitals in the resolver, but folded here they would be words.
  if (built) for (const n of builtIndexOf(built).organisationNames()) organisations.add(fold(n));
  for (const d of userDictionaries()) {
    for (const a of d.actors) {
      const countryLike = !a.kind && a.roles.length === 1 && a.roles[0].code.length === 3 && !a.roles[0].from;
      const names = a.names.map((n) => fold(nameCase(n, 'organization')));
      if (countryLike) for (const n of names) countries.set(n, [nameCase(a.names[0], 'person')]);
      else if (a.kind !== 'person' && !a.roles.some((r) => r.from || r.to))
        for (const n of names) organisations.add(n);
    }
  }
  return { organisations, demonyms, regional, countries };
}

function names(): Names {
  if (!cached) cached = build();
  return cached;
}

/** Organisations known by name (folded): "hamas", "white house", "reuters". */
export function knownOrganisations(): ReadonlySet<string> {
  return names().organisations;
}

/** Nationality and regional adjectives (folded): "colombian", "european". */
export function demonymWords(): ReadonlySet<string> {
  return names().demonyms;
}

/** Does a text hold an adjective of a region or people that names no one country ("Latin American")? */
export function namesRegion(text: string): boolean {
  const regional = names().regional;
  const lower = text.toLowerCase();
  // (most phrases hold none: checked before the costlier fold)
  if (!regional.some((r) => lower.includes(r))) return false;
  const f = ` ${fold(text)} `;
  return regional.some((r) => f.includes(` ${r} `));
}

/** Country names our data adds to the ISO list, and user dictionaries' countries, to all their names. */
export function dataCountryNames(): ReadonlyMap<string, readonly string[]> {
  return names().countries;
}
