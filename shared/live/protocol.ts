/**
 * What a phone and the participant listener (main/live/) say to each other: the paths, the
 * cookie, the request and answer bodies, the error codes. The phone page and the listener both
 * import this file, so it stays light (zod and the method models only, no catalogue): building
 * an exercise or a command from a session is shared/live/exercise.ts and shared/live/answers.ts.
 * Its plain values are in protocolConstants.ts, which the phone imports without the schemas.
 */
import { z } from 'zod';
import { MAX_GROUP_NAME, languageSchema } from '../session';
import { idSchema } from '../ids';
import { WORDS_PER_SIDE, wordSchema } from '../culture/model';
import {
  kanoResponseSchema,
  MAX_WISH_DESCRIPTION,
  MAX_WISH_NAME,
  MAX_WISH_QUESTION,
} from '../kano/model';
import { blockScoreSchema } from '../excellence/model';
import type { DeepReadonly } from '../readonly';
import { PHONE_METHODS } from './protocolConstants';

export * from './protocolConstants';

const groupRefSchema = idSchema.nullable();

/** What a phone sees of the session: the open exercise, never anybody's answers. */
export const phoneExerciseSchema = z.object({
  method: z.enum(PHONE_METHODS),
  language: languageSchema,
  /** The session's name. */
  title: z.string(),
  /** False: the facilitator closed the exercise; answers are refused. */
  open: z.boolean(),
  /** The session's groups, for the phone to pick one (empty: no choice). */
  groups: z.array(z.object({ id: idSchema, name: z.string().max(MAX_GROUP_NAME) })),
  culture: z.object({ questionCurrent: z.string(), questionDesired: z.string() }).optional(),
  kano: z
    .object({
      wishes: z.array(
        z.object({
          id: idSchema,
          name: z.string().max(MAX_WISH_NAME),
          description: z.string().max(MAX_WISH_DESCRIPTION),
          /** The facilitator's own questions; null: the default (shared/kano/questions.ts). */
          questionFunctional: z.string().max(MAX_WISH_QUESTION).nullable().optional(),
          questionDysfunctional: z.string().max(MAX_WISH_QUESTION).nullable().optional(),
        }),
      ),
    })
    .optional(),
});
export type PhoneExercise = z.infer<typeof phoneExerciseSchema>;

/**
 * A phone's answer, one per method, with the same model schemas (and so the same limits) as
 * every other way in: four + four words of at most MAX_WORD characters, Kano answers 1–5 and
 * importance 1–9, marks 1–10. Unknown fields are refused. Whether the group and the wishes
 * exist is checked when the command is applied, as for any command.
 */
export const phoneAnswerSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('culture'),
    group: groupRefSchema,
    current: z.array(wordSchema).max(WORDS_PER_SIDE),
    desired: z.array(wordSchema).max(WORDS_PER_SIDE),
  }),
  z.strictObject({
    method: z.literal('kano'),
    group: groupRefSchema,
    /** Keyed by wish id. */
    answers: z.record(idSchema, kanoResponseSchema),
  }),
  z.strictObject({
    method: z.literal('excellence'),
    group: groupRefSchema,
    /** Keyed by block number "1".."9"; a block left out has no score. */
    scores: z.partialRecord(
      z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']),
      blockScoreSchema,
    ),
  }),
]);
export type PhoneAnswer = DeepReadonly<z.infer<typeof phoneAnswerSchema>>;
/** As the phone writes it (defaults not yet filled in). */
export type PhoneAnswerInput = z.input<typeof phoneAnswerSchema>;

/** Join codes are short; anything much longer is refused before it is looked at. */
const codeFieldSchema = z.string().max(64);

export const phoneJoinRequestSchema = z.strictObject({ code: codeFieldSchema });
export const phoneAnswerRequestSchema = z.strictObject({
  code: codeFieldSchema,
  answer: phoneAnswerSchema,
});

/** The value of join and of GET /p/exercise. */
export interface PhoneJoinResult {
  exercise: PhoneExercise;
  /** This phone's own answer, to edit it; null before its first. */
  answer: PhoneAnswer | null;
}

/** The value of POST /p/answer: the answer as stored. */
export interface PhoneAnswerResult {
  answer: PhoneAnswer;
}
