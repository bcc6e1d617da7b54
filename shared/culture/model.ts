import { z } from 'zod';
import { idSchema } from '../ids';

/** A word or short phrase as typed; normalisation happens in the analysis, never in storage. */
export const wordSchema = z.string().max(500);
export const WORDS_PER_SIDE = 4;

export const cultureEntrySchema = z.object({
  id: idSchema,
  /** Optional label ("P3", a sticky-note number); participants stay anonymous. */
  participant: z.string().max(100).default(''),
  group: idSchema.nullable().default(null),
  current: z.array(wordSchema).max(WORDS_PER_SIDE),
  desired: z.array(wordSchema).max(WORDS_PER_SIDE),
});
export type CultureEntry = z.infer<typeof cultureEntrySchema>;

export const cultureMergeSchema = z.object({
  /** Matching key (see analysis) of the word that is folded into `into`. */
  from: z.string().max(500),
  into: z.string().max(500),
});
export type CultureMerge = z.infer<typeof cultureMergeSchema>;

export const cultureDataSchema = z.object({
  /** Facilitator's own question texts; null means the default text in the session language. */
  questionCurrent: z.string().max(500).nullable().default(null),
  questionDesired: z.string().max(500).nullable().default(null),
  revealed: z.boolean().default(false),
  entries: z.array(cultureEntrySchema).default([]),
  /** Ordered log of the facilitator's merges; undoing a merge removes it from the log. */
  merges: z.array(cultureMergeSchema).default([]),
  /** Matching keys hidden by the facilitator. */
  hidden: z.array(z.string().max(500)).default([]),
  /** Matching keys the swear-word list would hide but the facilitator chose to show. */
  shownDespiteFilter: z.array(z.string().max(500)).default([]),
  profanityFilter: z.boolean().default(true),
  /** Matching keys tagged as potentially limiting (cultural entropy). */
  limiting: z.array(z.string().max(500)).default([]),
});
export type CultureData = z.infer<typeof cultureDataSchema>;

export function emptyCultureData(): CultureData {
  return cultureDataSchema.parse({});
}
