/**
 * `npm run build:kb [-- SOURCE_DIR]`: builds `data/actors/kb-built.txt.gz` from the open sources
 * in `../shared/kb/` (see data/actors/README.md). Deterministic: the same sources give the same
 * bytes. The product reads only the built file.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { knowledge } from '../actors/knowledge.js';
import { DATA_ROOT } from '../core/data-file.js';
import {
  BUILT_KB_PATH,
  type BuiltEntityTuple,
  type BuiltKbFile,
  serializeBuiltKb,
} from '../knowledge/built-kb.js';
import type { SourceResult } from './builder-types.js';
import { countryReader } from './country-names.js';
import { encodeBuiltKb } from './encode-kb.js';
import { assignIds, mergeEntities } from './merge-entities.js';
import { positionReader } from './positions.js';
import { readCongress } from './read-congress.js';
import { readIfg } from './read-ifg.js';
import { readPartyFacts } from './read-party-facts.js';
import { readPhoenix } from './read-phoenix.js';
import { readUcdp } from './read-ucdp.js';
import { readWikidataHolders } from './read-wikidata.js';
import { SOURCES } from './sources.js';

/** Names on one line, without the file's separators (`|`, `;`), in order, each once. */
function cleanNames(names: string[]): string[] {
  const out = names.map((n) => n.replace(/[|;\s]+/g, ' ').trim()).filter((n) => n.length > 0);
  return [...new Set(out)];
}

/** Builds the file's content from the source folder. */
export function buildKb(root: string): { file: BuiltKbFile; report: string[] } {
  const countryOf = countryReader();
  const sectorOf = positionReader();
  const known = new Set(knowledge().countryName.keys());
  const dir = (id: string) => join(root, SOURCES.find((s) => s.id === id)!.folder);
  const results: [string, SourceResult][] = [
    ['wikidata-holders', readWikidataHolders(dir('wikidata-holders'), sectorOf, countryOf)],
    ['us-congress', readCongress(dir('us-congress'))],
    ['ifg-ministers', readIfg(dir('ifg-ministers'))],
    ['phoenix', readPhoenix(dir('phoenix'), (c) => known.has(c))],
    ['ucdp-actor', readUcdp(dir('ucdp-actor'), countryOf)],
    ['party-facts', readPartyFacts(dir('party-facts'), (c) => known.has(c))],
  ];
  const report: string[] = [];
  for (const [id, r] of results) {
    const skipped = [...r.skipped.values()].reduce((a, b) => a + b, 0);
    report.push(`${id}: ${r.entities.length} entities, ${skipped} rows left out`);
    const top = [...r.skipped.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    for (const [why, n] of top) report.push(`    ${n}  ${why}`);
  }
  const merged = mergeEntities(results.map(([, r]) => r.entities));
  const entities = assignIds(merged).map(({ id, e }) => {
    const roles = [...e.roles].sort((a, b) =>
      (a.from ?? '') < (b.from ?? '') ? -1 : (a.from ?? '') > (b.from ?? '') ? 1 : 0,
    );
    return [
      id,
      e.kind === 'person' ? 'p' : 'o',
      cleanNames(e.names),
      e.short ? cleanNames(e.short) : null,
      roles.map((r) => [r.code, r.from ?? '', r.to ?? '', r.source]),
    ] as BuiltEntityTuple;
  });
  report.push(`merged: ${entities.length} entities`);
  return {
    file: encodeBuiltKb(
      'Built by `npm run build:kb` from open sources (see data/actors/README.md). `entities`: one line each, id TAB p|o TAB names (|) TAB short forms (|) TAB roles (;), a role code,from,to,source index. `keys`: phrase key TAB entity line.alias refs. Do not edit: rebuild.',
      SOURCES.map(({ folder: _f, ...s }) => s),
      entities,
    ),
    report,
  };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const root = resolve(process.argv[2] ?? join(DATA_ROOT, '../../shared/kb'));
  const { file, report } = buildKb(root);
  const bytes = serializeBuiltKb(file);
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(join(DATA_ROOT, BUILT_KB_PATH), gz);
  for (const l of report) console.log(l);
  console.log(
    `wrote data/${BUILT_KB_PATH}: ${(bytes.length / 1e6).toFixed(1)} MB text, ${(gz.length / 1e6).toFixed(2)} MB gzip`,
  );
}
