/**
 * What a phone and the participant listener (main/live/) say to each other: the paths, the
 * cookie, the request and answer bodies, the error codes. The phone page and the listener both
 * import this file, so it stays light (zod and the method models only, no catalogue): building
 * an exercise or a command from a session is shared/live/exercise.ts and shared/live/answers.ts.
 */
import { z } from 'zod';
import { MAX_GROUP_NAME, languageSchema } from '../session';
import { idSchema } from '../ids';
import { WORDS_PER_SIDE, wordSchema } from '../culture/model';
import { kanoResponseSchema, MAX_WISH_DESCRIPTION, MAX_WISH_NAME } from '../kano/model';
import { blockScoreSchema } from '../excellence/model';
import type { MethodId } from '../methods';
import type { DeepReadonly } from '../readonly';

/** The listener's paths. Everything else on its port answers 404. */
export const PHONE_PATHS = {
  /** GET: the phone page; `/j/CODE` opens a code directly (the QR code's URL). */
  page: '/',
  joinPrefix: '/j/',
  /** GET /assets/<file>: only the files the phone page references. */
  assetsPrefix: '/assets/',
  /** POST { code } → PhoneJoinResult, sets the phone's cookie. */
  join: '/p/join',
  /** GET ?code=CODE → PhoneJoinResult (the exercise again, and this phone's own answer). */
  exercise: '/p/exercise',
  /** POST { code, answer } → { answer }. */
  answer: '/p/answer',
  /** GET ?code=CODE: server-sent events, `event: exercise` with a PhoneExercise. */
  events: '/p/events',
} as const;

/** The phone's anonymous participant token (HttpOnly, SameSite=Strict). */
export const PHONE_COOKIE = 'kk_phone';
/** The server-sent event that carries a PhoneExercise. */
export const PHONE_EXERCISE_EVENT = 'exercise';
/** A phone's request body is never larger than this. */
export const PHONE_MAX_BODY_BYTES = 64 * 1024;

/** What the phone translates and shows; see `phoneErrorStatus` for the HTTP status of each. */
export const PHONE_ERROR_CODES = [
  'wrongCode',
  'closed',
  'invalid',
  'rateLimited',
  'tooLarge',
  'notFound',
  /** The laptop could not store the answer (its disk is full, ...): try again, tell the facilitator. */
  'failed',
] as const;
export type PhoneErrorCode = (typeof PHONE_ERROR_CODES)[number];

export const PHONE_ERROR_STATUS = {
  invalid: 400,
  wrongCode: 403,
  notFound: 404,
  closed: 409,
  tooLarge: 413,
  rateLimited: 429,
  failed: 503,
} as const satisfies Record<PhoneErrorCode, number>;

export interface PhoneError {
  code: PhoneErrorCode;
  /** Plain English, for logs; the phone shows its own translated text for the code. */
  message: string;
}

export type PhoneResponse<T> = { ok: true; value: T } | { ok: false; error: PhoneError };

/** The methods a phone can answer, spelled as in shared/methods.ts (checked below). */
export const PHONE_METHODS = ['culture', 'kano', 'excellence'] as const;
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const phoneMethodsAreTheMethods: SameMembers<(typeof PHONE_METHODS)[number], MethodId> = true;
void phoneMethodsAreTheMethods;

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
