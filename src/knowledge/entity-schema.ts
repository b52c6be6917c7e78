import { z } from 'zod';

/**
 * Zod schemas of knowledge-base entities (persons and organisations with dated roles), shared by
 * the curated files in `data/actors/kb/`, the built file `data/actors/kb-built.txt.gz` and user
 * dictionaries. Below every pipeline stage, so that both the language stage and the actor
 * resolver can read them.
 */

export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date YYYY[-MM[-DD]]');
export const ruleId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected a stable id such as sector.gov.minister');

/**
 * A CAMEO-style actor code: `COLGOV`, `USA`, `---CRM`, `IGOUNOJUD`, `NGOHRI`, `IMGREB`. Country
 * or organisation first, then zero or more three-letter sector codes.
 */
export const actorCode = z
  .string()
  .regex(/^(---|[A-Z]{3})([A-Z]{3}){0,3}$/, 'expected a CAMEO-style code such as COLGOV');

/** A role an entity holds between two dates (inclusive; open at either end when omitted). */
export const role = z.object({
  code: actorCode,
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The role an undated mention resolves to. */
  primary: z.boolean().optional(),
  /** Free text: the office, for humans reading the file. */
  note: z.string().optional(),
  /** Where the role comes from: an index into the built file's `sources`, or a dictionary path. */
  source: z.string().optional(),
});

/** A person or organisation of the knowledge base. */
export const entity = z.object({
  id: ruleId,
  names: z.array(z.string().min(1)).min(1),
  /**
   * Short forms usable alone ("Petro", "Xi"). For persons, when omitted, the last word of the first
   * name is used; set to [] to forbid short forms.
   */
  short: z.array(z.string().min(1)).optional(),
  roles: z.array(role).min(1),
});

/** A knowledge-base file: persons or organisations. */
export const entitiesFile = z.object({
  about: z.string().optional(),
  version: z.number().int(),
  kind: z.enum(['person', 'organization']),
  entities: z.array(entity),
});

export type EntitiesFile = z.infer<typeof entitiesFile>;
export type Entity = z.infer<typeof entity>;
export type Role = z.infer<typeof role>;

/** An entity with its kind, as every reader of the knowledge base hands it on. */
export interface KbEntity extends Entity {
  kind: 'person' | 'organization';
}
