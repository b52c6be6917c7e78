import { phraseKey } from '../actors/normalize.js';
import type { BuiltEntity } from './builder-types.js';

function countryOf(e: BuiltEntity): string {
  return e.roles[0]?.code.slice(0, 3) ?? '---';
}

/**
 * Merges the readers' entities: the same Wikidata QID, or the same name of the same kind and
 * country, is one entity whose names and dated roles are the union of its sources'.
 */
export function mergeEntities(lists: BuiltEntity[][]): BuiltEntity[] {
  const byKey = new Map<string, BuiltEntity>();
  const out: BuiltEntity[] = [];
  for (const list of lists) {
    for (const e of list) {
      const nameKeys = e.names.map((n) => `${e.kind}|${countryOf(e)}|${phraseKey(n)}`);
      const found = byKey.get(e.key) ?? nameKeys.map((k) => byKey.get(k)).find((x) => x);
      const target = found ?? { ...e, names: [], roles: [], short: e.short ? [] : undefined };
      if (!found) out.push(target);
      for (const n of e.names) if (!target.names.includes(n)) target.names.push(n);
      for (const s of e.short ?? []) {
        if (!target.short) target.short = [];
        if (!target.short.includes(s)) target.short.push(s);
      }
      for (const r of e.roles) {
        if (!target.roles.some((x) => x.code === r.code && x.from === r.from && x.to === r.to))
          target.roles.push(r);
      }
      dropOpenEnded(target);
      byKey.set(e.key, target);
      for (const k of nameKeys) if (!byKey.has(k)) byKey.set(k, target);
    }
  }
  return out;
}

/**
 * A role with no end (PETRARCH's `>DATE`) that another source closes with the same code is the
 * same office, ended: the open one is dropped (Phoenix stops in 2015 and never closes its spans).
 */
function dropOpenEnded(e: BuiltEntity): void {
  e.roles = e.roles.filter(
    (r) =>
      r.to ||
      !e.roles.some((x) => x !== r && x.code === r.code && x.to && (!r.from || !x.from || x.to >= r.from)),
  );
}

function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'x'
  );
}

/** Stable ids (`person.usa.maria-cantwell`, a number added to namesakes in key order). */
export function assignIds(list: BuiltEntity[]): { id: string; e: BuiltEntity }[] {
  const withBase = list.map((e) => {
    const c = countryOf(e)
      .toLowerCase()
      .replace(/[^a-z]/g, '-');
    return {
      base: `${e.kind === 'person' ? 'person' : 'org'}.kb.${c === '---' ? 'x' : c}.${slug(e.names[0])}`,
      e,
    };
  });
  withBase.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : a.e.key < b.e.key ? -1 : 1));
  const seen = new Map<string, number>();
  return withBase.map(({ base, e }) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, e };
  });
}
