import { z } from 'zod';
import type { DataFileSpec } from '../core/data-file.js';

const word = z.string().regex(/^[a-z0-9][a-z0-9 .&'-]*$/, 'a lower-case word or space-separated phrase');
const code = z.string().regex(/^[A-Z]{3}$/, 'a three-letter code');

/** `data/patterns/relevance.yaml`: what makes an act no political event. */
export const relevanceSchema = z.object({
  version: z.number().int().positive(),
  /** Nouns of natural forces and accidents: never an actor, never the doer of a coded act. */
  forces: z.array(word),
  /** Capitalised words that name a storm with the name after them. */
  forceTitles: z.array(word),
  /** Force nouns that are weapons' work after some words: "a fire" is an accident, "artillery fire" is not. */
  forcesUnlessAfter: z.record(word, z.array(word)),
  /** Words that open a clause though tagged as prepositions ("as aftershocks hit"). */
  clauseOpeners: z.array(word),
  /** Verbs after which a participle is a state ("are displaced", "remain detained"). */
  stateVerbs: z.array(z.string().regex(/^'?[a-z]+$/, 'a lower-case verb form')),
  /** Weight a sentence's topic cues must reach. */
  threshold: z.number().positive(),
  /** Weight of a game score ("2-1") as a sport cue. */
  scoreWeight: z.number().nonnegative(),
  /** Topic name -> its cue lemmas or phrases by weight, and whether a country actor keeps an event. */
  topics: z.record(
    z.string(),
    z.object({
      countryIsPolitical: z.boolean(),
      /** True: the topic is read from the whole article only (its lede, or most of its sentences). */
      articleOnly: z.boolean().optional(),
      /** PLOVER types kept under this topic whoever their actors are ("flood victims protest"). */
      keepTypes: z.array(z.string().regex(/^[A-Z]+$/, 'a PLOVER type')).optional(),
      /** Actor rule ids that make no political actor under this topic ("captain" in sport is no officer). */
      notPoliticalRules: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'a rule id')).optional(),
      cues: z.record(z.string().regex(/^\d+$/, 'a whole-number weight'), z.array(word)),
    }),
  ),
  /** Sectors that keep an event whatever its sentence's topic. */
  politicalSectors: z.array(code),
  /** Actor code prefixes that keep an event whatever its sentence's topic. */
  politicalPrefixes: z.array(code),
});
/** Parsed `relevance.yaml`. */
export type Relevance = z.infer<typeof relevanceSchema>;

/** The file and its schema, validated at build time with the stage's other data files. */
export const relevanceSpec: DataFileSpec<Relevance> = {
  path: 'patterns/relevance.yaml',
  schema: relevanceSchema,
};
