import { z } from 'zod';
import type { DataFileSpec } from '../core/data-file.js';

const word = z.string().regex(/^[a-z0-9][a-z0-9 .'-]*$/, 'a lower-case word or space-separated phrase');

/**
 * `data/patterns/non-actor-phrases.yaml`: the word classes that make a noun phrase a time, a
 * medium, a count or an activity rather than a participant of an event.
 */
export const nonActorPhrasesSchema = z.object({
  version: z.number().int().positive(),
  /** Day and month names and abbreviations, lower-case. */
  timeNames: z.array(word),
  /** Lemmas that make a number a time distance ("two days"). */
  timeUnits: z.array(word),
  /** Words that make a time expression of the date next to them ("late on Saturday"). */
  timeModifiers: z.array(word),
  /** Verb lemmas whose "on X" is the medium of what was said. */
  mediumVerbs: z.array(word),
  /** Noun lemmas of a message or channel ("in a post on X"). */
  mediumNouns: z.array(word),
  /** Prepositions that introduce a medium. */
  mediumPreps: z.array(word),
  /** Social platforms and messaging services, lower-case names. */
  platforms: z.array(word),
  /** Nouns that count what follows "of". */
  quantityHeads: z.array(word),
  /** Nouns of an activity, actors only when a named owner is resolved with them. */
  activityHeads: z.array(word),
  /** First words of the proper name of an operation. */
  namedActivities: z.array(word),
  /** Nouns of a liberty whose "to"/"of" phrase names what is free, not who ("the right to assembly"). */
  libertyHeads: z.array(word),
});
/** Parsed `non-actor-phrases.yaml`. */
export type NonActorPhrases = z.infer<typeof nonActorPhrasesSchema>;

/** The file and its schema, validated at build time with the stage's other data files. */
export const nonActorPhrasesSpec: DataFileSpec<NonActorPhrases> = {
  path: 'patterns/non-actor-phrases.yaml',
  schema: nonActorPhrasesSchema,
};
