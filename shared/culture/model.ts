import { z } from 'zod';
import { idSchema } from '../ids';
import { MAX_PARTICIPANT_LABEL } from '../participants';
import type { DeepReadonly } from '../readonly';

/** The longest word or phrase: one limit for the schema, the commands, the CSV, paste and UI. */
export const MAX_WORD = 500;
/** The longest question text the facilitator may write. */
export const MAX_QUESTION = 500;

/** A word or short phrase as typed; normalisation happens in the analysis, never in storage. */
export const wordSchema = z.string().max(MAX_WORD);
export const WORDS_PER_SIDE = 4;

export const cultureEntrySchema = z.object({
  id: idSchema,
  /** Optional label ("P3", a sticky-note number); participants stay anonymous. */
  participant: z.string().max(MAX_PARTICIPANT_LABEL).default(''),
  group: idSchema.nullable().default(null),
  current: z.array(wordSchema).max(WORDS_PER_SIDE),
  desired: z.array(wordSchema).max(WORDS_PER_SIDE),
});
export type CultureEntry = DeepReadonly<z.infer<typeof cultureEntrySchema>>;

export const cultureMergeSchema = z.object({
  /** Matching key (see analysis) of the word that is folded into `into`. */
  from: z.string().max(MAX_WORD),
  into: z.string().max(MAX_WORD),
});
export type CultureMerge = DeepReadonly<z.infer<typeof cultureMergeSchema>>;

/** The three lists of the from→to; the facilitator may move a word from one to another. */
export const cultureListSchema = z.enum(['keep', 'letGo', 'develop']);
export type CultureList = z.infer<typeof cultureListSchema>;

export const cultureSteeringSchema = z.object({
  /** Matching key of the moved word (after merges, as the lists show it). */
  key: z.string().max(MAX_WORD),
  to: cultureListSchema,
});
export type CultureSteering = DeepReadonly<z.infer<typeof cultureSteeringSchema>>;

export const MAX_CORE_VALUE_NAME = 80;
export const MAX_CORE_VALUE_MEANING = 400;
export const MAX_BEHAVIOUR = 200;
export const MAX_BEHAVIOURS = 6;
/** A hard limit against runaway files; 3 to 7 values is the advice, never enforced. */
export const MAX_CORE_VALUES = 12;
export const MAX_CORE_VALUE_WORDS = 50;
const behavioursSchema = z.array(z.string().max(MAX_BEHAVIOUR)).max(MAX_BEHAVIOURS).default([]);

/** One value of the codified culture ("ons cultuur-DNA"). */
export const coreValueSchema = z.object({
  id: idSchema,
  name: z.string().max(MAX_CORE_VALUE_NAME),
  /** One sentence: what the value means here. */
  meaning: z.string().max(MAX_CORE_VALUE_MEANING).default(''),
  /** "Wat we wel doen". */
  doing: behavioursSchema,
  /** "Wat we niet meer doen". */
  notDoing: behavioursSchema,
  /** Matching keys of the keep and develop words the value came from. */
  words: z.array(z.string().max(MAX_WORD)).max(MAX_CORE_VALUE_WORDS).default([]),
});
export type CoreValue = DeepReadonly<z.infer<typeof coreValueSchema>>;

export const cultureDataSchema = z.object({
  /** Facilitator's own question texts; null means the default text in the session language. */
  questionCurrent: z.string().max(MAX_QUESTION).nullable().default(null),
  questionDesired: z.string().max(MAX_QUESTION).nullable().default(null),
  revealed: z.boolean().default(false),
  entries: z.array(cultureEntrySchema).default([]),
  /** Ordered log of the facilitator's merges; undoing a merge removes it from the log. */
  merges: z.array(cultureMergeSchema).default([]),
  /** Matching keys hidden by the facilitator. */
  hidden: z.array(z.string().max(MAX_WORD)).default([]),
  /** Matching keys the swear-word list would hide but the facilitator chose to show. */
  shownDespiteFilter: z.array(z.string().max(MAX_WORD)).default([]),
  profanityFilter: z.boolean().default(true),
  /** Matching keys tagged as potentially limiting (cultural entropy). */
  limiting: z.array(z.string().max(MAX_WORD)).default([]),
  /** The facilitator's moves of words between the from→to lists: one entry per key. */
  steering: z.array(cultureSteeringSchema).default([]),
  /** The codified culture, in the facilitator's order. */
  coreValues: z.array(coreValueSchema).max(MAX_CORE_VALUES).default([]),
  /** Merge suggestions the facilitator said no to (matching keys), never suggested again. */
  dismissedSuggestions: z.array(cultureMergeSchema).default([]),
});
export type CultureData = DeepReadonly<z.infer<typeof cultureDataSchema>>;

/** A fresh, mutable value: zod's `.default()` wants its own output type. */
export function emptyCultureData(): z.infer<typeof cultureDataSchema> {
  return cultureDataSchema.parse({});
}
