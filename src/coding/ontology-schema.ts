import { z } from 'zod';

/** PLOVER 1.0 event type names. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

/** One PLOVER 1.0 event type name. */
export type PloverType = (typeof PLOVER_TYPES)[number];

const cameoCode = z.string().regex(/^\d{2,4}$/, 'a CAMEO code of 2 to 4 digits');
const quad = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** `data/ontology/cameo-codes.json`: every CAMEO 1.1b3 event code. */
export const cameoCodesSchema = z.object({
  version: z.string(),
  codes: z
    .array(
      z.object({
        code: cameoCode,
        name: z.string().min(1),
        goldstein: z.number().min(-10).max(10),
        quad,
      }),
    )
    .min(20),
});
/** Parsed `cameo-codes.json`. */
export type CameoCodes = z.infer<typeof cameoCodesSchema>;

/** `data/ontology/plover-types.yaml`: the 16 PLOVER 1.0 types, modes, quads and intensities. */
export const ploverTypesSchema = z.object({
  version: z.string(),
  types: z
    .array(
      z.object({
        type: z.enum(PLOVER_TYPES),
        quad,
        intensity: z.number().min(-10).max(10),
        requiresRecipient: z.boolean(),
        definition: z.string(),
        modes: z.array(
          z.object({
            mode: z.string().min(1),
            intensity: z.number().min(-10).max(10),
            definition: z.string(),
          }),
        ),
      }),
    )
    .length(16),
  contexts: z.array(z.string().regex(/^[a-z_]+$/)),
});
/** Parsed `plover-types.yaml`. */
export type PloverTypes = z.infer<typeof ploverTypesSchema>;

/** `data/ontology/cameo-plover.json`: CAMEO code to PLOVER type, mode and context. */
export const crosswalkSchema = z.object({
  version: z.string(),
  entries: z.array(
    z.object({
      cameo: cameoCode,
      /** null where PLOVER drops the CAMEO category (most of root 01). */
      type: z.enum(PLOVER_TYPES).nullable(),
      mode: z.string().nullable(),
      context: z.array(z.string()).nullable(),
    }),
  ),
});
/** Parsed `cameo-plover.json`. */
export type Crosswalk = z.infer<typeof crosswalkSchema>;
