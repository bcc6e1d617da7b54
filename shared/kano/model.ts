import { z } from 'zod';
import { idSchema } from '../ids';

/** 1 Like · 2 Expect · 3 Neutral · 4 Live with · 5 Dislike (domain.md, section 2). */
export const kanoAnswerSchema = z.number().int().min(1).max(5);
export const kanoCategorySchema = z.enum(['A', 'O', 'M', 'I', 'R', 'Q']);
export type KanoCategory = z.infer<typeof kanoCategorySchema>;
/** A consensus classification never is Questionable. */
export const consensusCategorySchema = z.enum(['M', 'O', 'A', 'I', 'R']);
export type ConsensusCategory = z.infer<typeof consensusCategorySchema>;

export const wishSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
});
export type Wish = z.infer<typeof wishSchema>;

export const kanoResponseSchema = z.object({
  functional: kanoAnswerSchema,
  dysfunctional: kanoAnswerSchema,
  importance: z.number().int().min(1).max(9).nullable().default(null),
});
export type KanoResponse = z.infer<typeof kanoResponseSchema>;

export const kanoRespondentSchema = z.object({
  id: idSchema,
  label: z.string().max(100).default(''),
  group: idSchema.nullable().default(null),
  /** Keyed by wish id. */
  answers: z.record(z.string(), kanoResponseSchema).default({}),
});
export type KanoRespondent = z.infer<typeof kanoRespondentSchema>;

export const kanoDataSchema = z.object({
  revealed: z.boolean().default(false),
  wishes: z.array(wishSchema).default([]),
  respondents: z.array(kanoRespondentSchema).default([]),
  /** Group consensus per wish id, kept apart from questionnaire results. */
  consensus: z.record(z.string(), consensusCategorySchema).default({}),
});
export type KanoData = z.infer<typeof kanoDataSchema>;

export function emptyKanoData(): KanoData {
  return kanoDataSchema.parse({});
}
