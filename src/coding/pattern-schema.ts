import { z } from 'zod';
import { PLOVER_TYPES } from './ontology-schema.js';

const lemma = z
  .string()
  .regex(/^[a-z0-9'][a-z0-9 .'-]*$/, 'a lower-case lemma or space-separated lemma phrase');

/**
 * One event pattern. A pattern fires on a verb (`verbs`) or a nominal event (`nouns`), each a
 * lemma or a space-separated lemma phrase ("push back", "hunger strike"), optionally constrained by
 * words in the object window. CAMEO code first; PLOVER type, mode and context come from the
 * crosswalk unless the pattern overrides them.
 */
export const patternSchema = z
  .object({
    /** Stable rule id, `family.name`; never reused for a different meaning. */
    id: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'a dotted rule id like "assault.kill"'),
    cameo: z.string().regex(/^\d{2,4}$/),
    type: z.enum(PLOVER_TYPES).optional(),
    mode: z.string().nullable().optional(),
    context: z.string().nullable().optional(),
    verbs: z.array(lemma).optional(),
    nouns: z.array(lemma).optional(),
    /** At least one of these lemmas must occur in the object window after the trigger. */
    object: z.array(lemma).optional(),
    /** None of these lemmas may occur in the object window. */
    notObject: z.array(lemma).optional(),
    /** Nominal pattern only: the noun must be the object of one of these verbs. */
    light: z.array(lemma).optional(),
    /**
     * How a following `to VERB` / `that ...` complement is treated: `absorb` (the complement is the
     * content of this event and is not coded on its own: "threatened to strike"), `transparent`
     * (the complement is coded, with this verb's subject: "decided to expel").
     */
    complement: z.enum(['absorb', 'transparent']).optional(),
    /**
     * Who the actor is: `subject` (default) or `speaker`, the source of the reporting verb that
     * governs the phrase ("Trump said they are subject to attack": Trump threatens).
     */
    actor: z.enum(['subject', 'speaker']).optional(),
    /** The subject of the verb is the recipient and the object the actor ("hosted X": X visits). */
    swapRoles: z.boolean().optional(),
    /**
     * The act is done to people's bodies ("beat", "stab"): a place or a country named alone as its
     * target ("Real Madrid beat Dortmund") means another sense, and nothing is coded.
     */
    targetPeople: z.boolean().optional(),
    /**
     * The subject does this itself, with no object ("the rebels withdrew"): a passive of the verb
     * ("troops were withdrawn") is done to the subject by someone else, and this pattern codes
     * nothing there.
     */
    intransitive: z.boolean().optional(),
    /**
     * The act is mutual ("met", "held talks", "clashed"): members of a compound subject with no
     * other target act on each other ("Putin and Xi met": each the other's counterpart).
     */
    reciprocal: z.boolean().optional(),
    /**
     * The CAMEO code of the intent to do this act (an AGREE 03x code), used when the act is
     * promised, offered or in the future ("will mediate", "offered to mediate": 039); without it
     * the type's intent code is used (CONSULT 036, AID 033...).
     */
    intentCameo: z
      .string()
      .regex(/^03\d{1,2}$/)
      .optional(),
    /** Prepositions that introduce the recipient, in order of preference. */
    recipientPreps: z.array(z.string()).optional(),
    /** Lower than 1 for patterns whose trigger is often something else. */
    confidence: z.number().min(0).max(1).optional(),
    note: z.string().optional(),
  })
  .refine((p) => p.verbs?.length || p.nouns?.length, { message: 'a pattern needs verbs or nouns' });

/** One event pattern as written in `data/patterns/*.yaml`. */
export type EventPattern = z.infer<typeof patternSchema>;

/** A pattern file: version plus patterns. */
export const patternFileSchema = z.object({
  version: z.number().int().positive(),
  family: z.string(),
  patterns: z.array(patternSchema).min(1),
});
/** Parsed pattern file. */
export type PatternFile = z.infer<typeof patternFileSchema>;

/** `data/patterns/cues.yaml`: the closed word classes the clause analysis reads. */
export const cuesSchema = z.object({
  version: z.number().int().positive(),
  /** Reporting verbs: their subject is the source of a speech act, their complement is attributed. */
  speech: z.array(lemma),
  /** Reporting verbs that deny their complement. */
  denial: z.array(lemma),
  /** Reporting verbs and adverbs that mark a complement as alleged or reported. */
  alleging: z.array(lemma),
  /** Verbs whose object noun carries the event ("launched an attack"). */
  light: z.array(lemma),
  /** Verbs whose `to VERB` complement carries the event, coded with their subject. */
  transparent: z.array(lemma),
  /** Verbs or adjectives of intent: their complement is a future act of their subject. */
  intent: z.array(lemma),
  /** Verbs of consideration: their complement is hypothetical. */
  consider: z.array(lemma),
  negation: z.array(lemma),
  future: z.array(lemma),
  /** Modal or hedge words that make a clause hypothetical. */
  hypothetical: z.array(lemma),
  /** Adverbs of allegation ("allegedly", "reportedly"). */
  hedges: z.array(lemma),
  /** Subordinators that open a new clause. */
  subordinators: z.array(lemma),
  /** Prepositions that may introduce a recipient, in order of preference. */
  recipientPreps: z.array(lemma),
  /** Head nouns that name a group of people rather than an event, for compound detection. */
  nonActorHeads: z.array(lemma),
  /**
   * Nouns that name an institution or its people only with a determiner, a title or a plural
   * ("the justices", "Justice Smith"): alone and singular they are the thing itself ("demanded
   * justice for the victims"), never an actor.
   */
  abstractNouns: z.array(lemma),
  /**
   * Words of peacekeeping: troops sent abroad on such a mission are protection given (AID 074),
   * not a show of force.
   */
  peacekeeping: z.array(lemma),
  /** Verbs of help: troops sent abroad "to help", "to train" give military aid (AID 072). */
  assistance: z.array(lemma),
  /** Traded goods: a measure on them is aimed at the country they come from ("tariffs on imports from Canada"). */
  tradeGoods: z.array(lemma),
  /** Weapons and munitions (lemmas): what is fired or launched is never an act's target. */
  weapons: z.array(lemma),
  /** Nouns of working people (lemmas): their "strike" is a labour strike. */
  workforce: z.array(lemma),
  /** Explosive devices besides the weapons: what explodes as an attack ("a roadside device"). */
  explosives: z.array(lemma),
  /** Words of a trial or a launch: a rocket that explodes then is a failure, not an attack. */
  trials: z.array(lemma),
  /** Adjectives of culpability: "was guilty of violating X" is the subject's act. */
  culpable: z.array(lemma),
  /** Verbs that undo a measure: "sanctions were lifted" imposes none. */
  undoing: z.array(lemma),
  /** Nouns of an armed encounter: "killed in a clash with militants" names the other side. */
  engagements: z.array(lemma),
  /** Words of revenge: a promise of them is a threat of force ("vowed harsh revenge"). */
  revenge: z.array(lemma),
  /** Words of force: not ruling it out threatens it ("has never ruled out the use of force"). */
  force: z.array(lemma),
  /** Verbs of answering: the act in their "with" phrase is their subject's ("retaliated with tariffs"). */
  responses: z.array(lemma),
});
/** Parsed `cues.yaml`. */
export type Cues = z.infer<typeof cuesSchema>;

/** `data/patterns/modes.yaml`: words that set the PLOVER mode and context of an event. */
export const modeCuesSchema = z.object({
  version: z.number().int().positive(),
  modes: z.array(z.object({ type: z.enum(PLOVER_TYPES), mode: z.string(), words: z.array(lemma) })),
  contexts: z.array(z.object({ context: z.string(), words: z.array(lemma) })),
});
/** Parsed `modes.yaml`. */
export type ModeCues = z.infer<typeof modeCuesSchema>;
