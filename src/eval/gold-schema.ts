import { z } from 'zod';

const goldActor = z.looseObject({
  code: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  sector: z.string().nullable().optional(),
  text: z.string().nullable().optional(),
});

/** One gold event (see ../shared/gold/README.md). */
export const goldEventSchema = z.looseObject({
  type: z.string(),
  acceptTypes: z.array(z.string()).optional(),
  mode: z.string().nullable().optional(),
  cameo: z.string().nullable().optional(),
  actors: z.array(goldActor).default([]),
  recipients: z.array(goldActor).default([]),
  core: z.boolean().optional(),
  evidence: z.union([z.string(), z.array(z.string())]).optional(),
  claim: z.string().optional(),
});
/** A gold event. */
export type GoldEvent = z.infer<typeof goldEventSchema>;

/** A gold record of event type: a sentence, or a whole article when `kind` is `article`. */
export const goldEventRecordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  date: z.string().nullable().optional(),
  kind: z.string().optional(),
  noEvent: z.boolean().optional(),
  events: z.array(goldEventSchema).default([]),
});
/** A gold event record. */
export type GoldEventRecord = z.infer<typeof goldEventRecordSchema>;

/** A gold record of actor type: a mention and the country and sector it should resolve to. */
export const goldActorRecordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  context: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  // A missing key is not scored: some records give only the country or only the sector.
  expect: z.object({ country: z.string().nullable().optional(), sector: z.string().nullable().optional() }),
});
/** A gold actor record. */
export type GoldActorRecord = z.infer<typeof goldActorRecordSchema>;

/** A predicted actor as scored (a subset of what `lapwing code` prints). */
export interface PredActor {
  code: string;
  country?: string | null;
  sector?: string | null;
  /** The words the actor was read from, as `lapwing code` prints them (scored by class records). */
  text?: string | null;
}

/** A predicted event as scored. */
export interface PredEvent {
  type: string;
  mode?: string | null;
  cameo?: string | null;
  actor: PredActor | null;
  recipient: PredActor | null;
  claim?: string;
  evidence?: string;
  sentence?: string;
  text?: string;
}

/** A predictions line: `{id, events}`. */
export const predRecordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  events: z.array(
    z.looseObject({
      type: z.string(),
      mode: z.string().nullable().optional(),
      cameo: z.string().nullable().optional(),
      actor: z.looseObject({ code: z.string() }).nullable().optional(),
      recipient: z.looseObject({ code: z.string() }).nullable().optional(),
      claim: z.string().optional(),
      evidence: z.string().optional(),
      sentence: z.string().optional(),
      text: z.string().optional(),
    }),
  ),
});
