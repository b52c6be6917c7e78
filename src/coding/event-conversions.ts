import type { PloverType } from './ontology-schema.js';

/** Cooperative types: a future or intended one is coded as the intent to act (AGREE). */
export const COOPERATIVE = new Set<PloverType>([
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
]);
export const MATERIAL_CONFLICT = new Set<PloverType>([
  'ASSAULT',
  'COERCE',
  'SANCTION',
  'MOBILIZE',
  'PROTEST',
]);
/** Restrictions on a population and their lifting: curfews, sieges, emergencies, martial law. */
export const RESTRICTION_CAMEO = /^(?:172|132|081)/;
/**
 * Types whose target, when no actor is named, is the place they happen in: an attack or a show of
 * force, a suspension of aid to a city, a protest or riot in another country.
 */
export const PLACE_TARGETED = new Set<PloverType>([
  'ASSAULT',
  'COERCE',
  'MOBILIZE',
  'RETREAT',
  'SANCTION',
  'PROTEST',
]);
/** Sectors of armed actors who hold no state office. */
export const NON_STATE_ARMED = new Set(['UAF', 'REB', 'CRM', 'PRM', 'INS']);
/** Rules of attacks on places and property: done by a crowd of protesters, a riot. */
export const CROWD_ACTS = new Set([
  'assault.attack',
  'assault.destroy',
  'idiom.set-fire',
  'idiom.set-thing-on-fire',
]);

/** The intent-to-act type that PLOVER codes instead of a future cooperative act. */
export const AGREE_CAMEO: Partial<Record<PloverType, string>> = {
  CONSULT: '036',
  SUPPORT: '032',
  COOPERATE: '031',
  AID: '033',
  RETREAT: '035',
  CONCEDE: '035',
  AGREE: '030',
};
/** The threat that PLOVER codes instead of a future or contemplated conflictual act. */
export const THREAT_FOR: Partial<Record<PloverType, [string, string]>> = {
  ASSAULT: ['138', 'violence'],
  MOBILIZE: ['138', 'violence'],
  COERCE: ['132', 'restrict'],
  PROTEST: ['133', 'restrict'],
};
/** The rejection that PLOVER codes for a refused cooperative act. */
export const REJECT_FOR: Partial<Record<PloverType, [string, string | null]>> = {
  AGREE: ['120', null],
  CONSULT: ['125', 'meet'],
  SUPPORT: ['120', null],
  CONCEDE: ['124', 'yield'],
  COOPERATE: ['121', 'assist'],
  AID: ['122', 'assist'],
  RETREAT: ['124', 'yield'],
};
