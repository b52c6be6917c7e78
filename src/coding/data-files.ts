import type { DataFileSpec } from '../core/data-file.js';
import { nonActorPhrasesSpec } from './non-actor-schema.js';
import type { CameoCodes, Crosswalk, PloverTypes } from './ontology-schema.js';
import { cameoCodesSchema, crosswalkSchema, ploverTypesSchema } from './ontology-schema.js';
import {
  type Cues,
  cuesSchema,
  type ModeCues,
  modeCuesSchema,
  type PatternFile,
  patternFileSchema,
} from './pattern-schema.js';
import { relevanceSpec } from './relevance-schema.js';
import { verbFormsSpec } from './verb-forms.js';

/** CAMEO 1.1b3 codes with names, Goldstein scores and QuadClass. */
export const cameoCodesSpec: DataFileSpec<CameoCodes> = {
  path: 'ontology/cameo-codes.json',
  schema: cameoCodesSchema,
};
/** PLOVER 1.0 types, modes, contexts, quads and intensities. */
export const ploverTypesSpec: DataFileSpec<PloverTypes> = {
  path: 'ontology/plover-types.yaml',
  schema: ploverTypesSchema,
};
/** CAMEO to PLOVER crosswalk. */
export const crosswalkSpec: DataFileSpec<Crosswalk> = {
  path: 'ontology/cameo-plover.json',
  schema: crosswalkSchema,
};

/** Event pattern files, one per family of event types. */
export const patternSpecs: DataFileSpec<PatternFile>[] = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'nominal',
  'idioms',
].map((name) => ({ path: `patterns/${name}.yaml`, schema: patternFileSchema }));

/** Closed word classes of the clause analysis. */
export const cuesSpec: DataFileSpec<Cues> = { path: 'patterns/cues.yaml', schema: cuesSchema };
/** Mode and context cue words. */
export const modeCuesSpec: DataFileSpec<ModeCues> = { path: 'patterns/modes.yaml', schema: modeCuesSchema };

/** The domain data files this stage owns, validated at build time. */
export const dataFiles: DataFileSpec[] = [
  cameoCodesSpec,
  ploverTypesSpec,
  crosswalkSpec,
  ...patternSpecs,
  cuesSpec,
  modeCuesSpec,
  nonActorPhrasesSpec,
  relevanceSpec,
  verbFormsSpec,
];
