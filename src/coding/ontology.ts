import { loadDataFile } from '../core/data-file.js';
import { cameoCodesSpec, crosswalkSpec, ploverTypesSpec } from './data-files.js';
import type { PloverType } from './ontology-schema.js';

/** What the ontology tables say about one CAMEO code. */
export interface CameoInfo {
  code: string;
  name: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  /** PLOVER equivalent, or null where PLOVER drops the category. */
  type: PloverType | null;
  mode: string | null;
  context: string | null;
}

/** The loaded and cross-checked ontology: CAMEO codes, PLOVER types and the crosswalk. */
export interface Ontology {
  cameo(code: string): CameoInfo | undefined;
  /** True when `mode` is one of the PLOVER modes of `type`. */
  isMode(type: string, mode: string): boolean;
  /** PLOVER intensity of a type and mode (the mode's score where the manual gives one). */
  intensity(type: string, mode: string | null): number | undefined;
  /** A representative CAMEO code for a PLOVER type when a rule gives none. */
  defaultCameo(type: PloverType): string;
  readonly codes: readonly CameoInfo[];
}

const DEFAULT_CAMEO: Record<PloverType, string> = {
  AGREE: '030',
  CONSULT: '040',
  SUPPORT: '050',
  CONCEDE: '080',
  COOPERATE: '060',
  AID: '070',
  RETREAT: '084',
  REQUEST: '100',
  ACCUSE: '110',
  REJECT: '120',
  THREATEN: '130',
  PROTEST: '140',
  SANCTION: '160',
  MOBILIZE: '150',
  COERCE: '170',
  ASSAULT: '190',
};

let cached: Ontology | null = null;

/**
 * Loads the ontology tables once per process and checks them against each other: every crosswalk
 * entry names a known CAMEO code and a mode that its PLOVER type has. Inconsistent tables are a
 * programmer error in `data/`, so they throw.
 */
export function ontology(): Ontology {
  if (cached) return cached;
  const codes = loadDataFile(cameoCodesSpec);
  const types = loadDataFile(ploverTypesSpec);
  const cross = loadDataFile(crosswalkSpec);
  const modes = new Map<string, Map<string, number>>();
  const typeIntensity = new Map<string, number>();
  for (const t of types.types) {
    modes.set(t.type, new Map(t.modes.map((m) => [m.mode, m.intensity])));
    typeIntensity.set(t.type, t.intensity);
  }
  const crossBy = new Map(cross.entries.map((e) => [e.cameo, e]));
  const byCode = new Map<string, CameoInfo>();
  const problems: string[] = [];
  for (const c of codes.codes) {
    const x = crossBy.get(c.code) ?? crossBy.get(c.code.slice(0, 3)) ?? crossBy.get(c.code.slice(0, 2));
    if (!x) problems.push(`CAMEO ${c.code} has no crosswalk entry`);
    if (x?.type && x.mode && !modes.get(x.type)?.has(x.mode))
      problems.push(`crosswalk ${x.cameo}: ${x.mode} is not a mode of ${x.type}`);
    byCode.set(c.code, {
      code: c.code,
      name: c.name,
      goldstein: c.goldstein,
      quad: c.quad,
      type: x?.type ?? null,
      mode: x?.mode ?? null,
      context: x?.context?.[0] ?? null,
    });
  }
  for (const e of cross.entries)
    if (!byCode.has(e.cameo)) problems.push(`crosswalk names unknown CAMEO code ${e.cameo}`);
  if (problems.length) throw new Error(`Inconsistent ontology tables:\n  ${problems.join('\n  ')}`);
  cached = {
    cameo: (code) => byCode.get(code),
    isMode: (type, mode) => modes.get(type)?.has(mode) ?? false,
    intensity: (type, mode) => (mode ? modes.get(type)?.get(mode) : undefined) ?? typeIntensity.get(type),
    defaultCameo: (type) => DEFAULT_CAMEO[type],
    codes: [...byCode.values()],
  };
  return cached;
}
