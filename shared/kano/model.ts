import { z } from 'zod';
import { idSchema } from '../ids';
import { MAX_PARTICIPANT_LABEL } from '../participants';
import type { DeepReadonly } from '../readonly';

/** Limits of a wish: one source for the schema, the commands, the CSV and the UI. */
export const MAX_WISH_NAME = 200;
export const MAX_WISH_DESCRIPTION = 2000;
/** The longest question the facilitator may write for a wish. */
export const MAX_WISH_QUESTION = 500;

/** 1 Like · 2 Expect · 3 Neutral · 4 Live with · 5 Dislike (docs/kano.md). */
export const kanoAnswerSchema = z.number().int().min(1).max(5);
export const kanoCategorySchema = z.enum(['A', 'O', 'M', 'I', 'R', 'Q']);
export type KanoCategory = z.infer<typeof kanoCategorySchema>;
/** A consensus classification never is Questionable. */
export const consensusCategorySchema = z.enum(['M', 'O', 'A', 'I', 'R']);
export type ConsensusCategory = z.infer<typeof consensusCategorySchema>;

export const wishSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(MAX_WISH_NAME),
  description: z.string().max(MAX_WISH_DESCRIPTION).default(''),
  /**
   * The facilitator's own question pair (shared/kano/questions.ts); null or absent: the default
   * question in the session's language. Optional, so older files and wishes built in code stay valid.
   */
  questionFunctional: z.string().min(1).max(MAX_WISH_QUESTION).nullable().optional(),
  questionDysfunctional: z.string().min(1).max(MAX_WISH_QUESTION).nullable().optional(),
});
export type Wish = DeepReadonly<z.infer<typeof wishSchema>>;

export const kanoResponseSchema = z.object({
  functional: kanoAnswerSchema,
  dysfunctional: kanoAnswerSchema,
  importance: z.number().int().min(1).max(9).nullable().default(null),
});
export type KanoResponse = DeepReadonly<z.infer<typeof kanoResponseSchema>>;

export const kanoRespondentSchema = z.object({
  id: idSchema,
  label: z.string().max(MAX_PARTICIPANT_LABEL).default(''),
  group: idSchema.nullable().default(null),
  /** Keyed by wish id. */
  answers: z.record(z.string(), kanoResponseSchema).default({}),
});
export type KanoRespondent = DeepReadonly<z.infer<typeof kanoRespondentSchema>>;

export const kanoDataSchema = z.object({
  revealed: z.boolean().default(false),
  wishes: z.array(wishSchema).default([]),
  respondents: z.array(kanoRespondentSchema).default([]),
  /** Group consensus per wish id, kept apart from questionnaire results. */
  consensus: z.record(z.string(), consensusCategorySchema).default({}),
});
export type KanoData = DeepReadonly<z.infer<typeof kanoDataSchema>>;

/** A fresh, mutable value: zod's `.default()` wants its own output type. */
export function emptyKanoData(): z.infer<typeof kanoDataSchema> {
  return kanoDataSchema.parse({});
}
