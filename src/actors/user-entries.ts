import type { DictActor, DictAgent } from '../knowledge/dictionary-types.js';
import type { KbEntity } from '../knowledge/entity-schema.js';
import { nameCase } from '../knowledge/name-case.js';
import { userDictionaries } from '../knowledge/user-dictionaries.js';
import type { GazEntry, GazItem, Knowledge } from './gazetteer.js';
import { phraseKey } from './normalize.js';
import type { SectorRule } from './schemas.js';

/** How the knowledge adds a reading (see knowledge.ts). */
type AddFn = (alias: string, item: GazItem, needsCap: boolean) => void;

/** Sectors whose words may stand as a title before a name. */
const TITLE_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

/** A code as the resolver reads it: `+++` and other non-letters are no country. */
function userCode(code: string): string {
  const c = code.toUpperCase();
  return /^[A-Z]{3}/.test(c) ? c : `---${c.slice(3).replace(/[^A-Z]/g, '')}`;
}

/** Drops the readings of a key that a user entry replaces (`kinds`), so the user's entry wins. */
function clear(k: Knowledge, key: string, kinds: ReadonlySet<GazItem['t']>): GazEntry[] {
  if (kinds.has('entity')) k.built?.mask(key);
  const list = k.phrases.get(key);
  if (!list) return [];
  const removed = list.filter((e) => kinds.has(e.item.t));
  const kept = list.filter((e) => !kinds.has(e.item.t));
  if (kept.length) k.phrases.set(key, kept);
  else k.phrases.delete(key);
  return removed;
}

const ACTOR_KINDS = new Set<GazItem['t']>(['entity', 'country']);
const SECTOR_KINDS = new Set<GazItem['t']>(['sector']);

function addActor(k: Knowledge, add: AddFn, a: DictActor, n: number): void {
  const roles = a.roles.map((r) => ({ ...r, code: userCode(r.code), source: a.at }));
  const countryLike =
    !a.kind && roles.length === 1 && !roles[0].from && !roles[0].to && roles[0].code.length === 3;
  const names = a.names.map((x) => nameCase(x, countryLike ? 'person' : (a.kind ?? 'organization')));
  for (const name of names) clear(k, phraseKey(name), ACTOR_KINDS);
  if (countryLike && roles[0].code !== '---') {
    const iso3 = roles[0].code;
    if (!k.countryName.has(iso3)) k.countryName.set(iso3, names[0]);
    for (const name of names) {
      add(
        name,
        { t: 'country', iso3, via: 'name', sector: null, rule: 'user.dictionary', name: names[0] },
        true,
      );
    }
    return;
  }
  const entity: KbEntity = {
    id: `user.${n}`,
    kind: a.kind ?? (roles.some((r) => r.from || r.to) ? 'person' : 'organization'),
    names,
    short: a.short ?? [],
    roles,
  };
  k.entities.push(entity);
  for (const name of names) add(name, { t: 'entity', entity, via: 'name' }, true);
  for (const s of entity.short ?? []) add(s, { t: 'entity', entity, via: 'short' }, true);
}

function addAgent(k: Knowledge, add: AddFn, a: DictAgent, n: number): void {
  for (const w of a.words) {
    const removed = clear(k, phraseKey(w), SECTOR_KINDS);
    const old = removed.map((e) => (e.item.t === 'sector' ? e.item.rule : null)).find((r) => r);
    const rule: SectorRule = {
      id: `user.agent.${n}`,
      sector: a.sector,
      words: [w],
      priority: old?.priority ?? 50,
      title: old?.title ?? TITLE_SECTORS.has(a.sector),
      noPlural: true,
    };
    add(w, { t: 'sector', rule }, false);
  }
}

/** Adds the registered user dictionaries to the knowledge; their entries win over built-in ones. */
export function addUserDictionaries(k: Knowledge, add: AddFn): void {
  let n = 0;
  for (const d of userDictionaries()) {
    for (const a of d.actors) addActor(k, add, a, ++n);
    for (const a of d.agents) addAgent(k, add, a, ++n);
  }
}
