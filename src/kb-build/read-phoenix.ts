import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameCase } from '../knowledge/name-case.js';
import { parsePetrarch } from '../knowledge/petrarch-dictionary.js';
import type { BuiltEntity, SourceResult } from './builder-types.js';
import { newResult, skip } from './builder-types.js';
import { sourceIndex } from './sources.js';

const FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
];

/** CAMEO sector codes; a code whose second part is none of them (a region: `BIHSRP`) keeps its country. */
const SECTORS = new Set(
  'GOV MIL REB OPP PTY COP JUD SPY LEG CVL MED EDU BUS CRM REL AGR LAB REF HLH HRI ELI UAF INS SEP MOD RAD ENV DEV MOS CHR JEW HIN BUD'.split(
    ' ',
  ),
);

function cleanCode(code: string): string {
  if (/^(IGO|NGO|IMG|MNC)/.test(code) || code.length === 3) return code;
  return SECTORS.has(code.slice(3, 6)) ? code : code.slice(0, 3);
}

/** Codes that say nothing of whose actor it is (former leaders are told by the dates instead). */
const EMPTY_CODES = new Set(['ELI', '---', 'UNK']);

/**
 * Phoenix (PETRARCH) actor dictionaries: persons with dated CAMEO codes, organisations and armed
 * groups. Entries whose only code is a bare country (country names, cities) are left to the
 * product's own country data; a malformed entry is left out and counted.
 */
export function readPhoenix(dir: string, known: (iso3: string) => boolean): SourceResult {
  const out = newResult();
  const src = sourceIndex('phoenix');
  for (const f of FILES) {
    const text = readFileSync(join(dir, 'petrarch2/data/dictionaries', f), 'latin1');
    const parsed = parsePetrarch(text, f);
    for (const p of parsed.problems) skip(out, `malformed line (${f}:${p.line}: ${p.message})`);
    const bad = new Set(parsed.problems.map((p) => `${f}:${p.line}`));
    for (const a of parsed.actors) {
      if (bad.has(a.at)) continue;
      let roles = a.roles
        .filter((r) => !EMPTY_CODES.has(r.code) && /^[A-Z]{3}([A-Z]{3})*$/.test(r.code))
        .map((r) => ({ ...r, code: cleanCode(r.code) }))
        // "INTREB", "AFRIGO": regions and blocs the product does not code as countries.
        .filter((r) => /^(IGO|NGO|IMG|MNC)/.test(r.code) || known(r.code.slice(0, 3)));
      if (!roles.length) {
        skip(out, 'no usable code');
        continue;
      }
      // Phoenix calls people elites (ELI) before and after their offices; the resolver tells a
      // former official from the dates of the offices, so ELI is kept only for those with no office.
      const offices = roles.filter((r) => !r.code.endsWith('ELI'));
      if (offices.length) roles = offices;
      const dated = roles.some((r) => r.from || r.to);
      if (roles.every((r) => r.code.length === 3 && !/^(IGO|NGO|IMG|MNC)/.test(r.code))) {
        skip(out, 'country or place name (the product has its own)');
        continue;
      }
      const kind = dated ? 'person' : 'organization';
      // A person's one-word name ("HASSAN") is a short form, which would stand for every namesake.
      const names = [
        ...new Set(
          a.names
            .map((n) => nameCase(n.replace(/[.,]$/, ''), kind))
            .filter((n) => kind !== 'person' || /\S\s+\S/.test(n)),
        ),
      ];
      // A one-word plural ("TIGERS", "NINJAS") names a group only in its full name ("Liberation
      // Tigers of Tamil Eelam"); alone it is a common noun.
      const named = names.filter(
        (n) => kind === 'person' || roles[0].code.startsWith('MNC') || !/^[A-Z][a-z]{3,}s$/.test(n),
      );
      names.splice(0, names.length, ...named);
      if (!names.length) {
        skip(
          out,
          kind === 'person' ? 'person with one-word names only' : 'group named by a plural noun only',
        );
        continue;
      }
      const e: BuiltEntity = {
        kind,
        names,
        roles: roles.map((r) => ({ code: r.code, from: r.from, to: r.to, source: src })),
        key: `phoenix.${f.split('.')[1].toLowerCase()}.${a.at.split(':')[1]}`,
      };
      out.entities.push(e);
    }
  }
  return out;
}
