/**
 * The plain values of the phone protocol (shared/live/protocol.ts): paths, cookie, event name,
 * error codes. No zod and no models here: the phone page imports these at run time and only the
 * types of protocol.ts, so that its bundle carries no schema (the listener validates).
 */
import type { MethodId } from '../methods';

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

/**
 * The element of the phone page at `/j/CODE` that carries what POST /p/join would answer
 * (a PhoneResponse<PhoneJoinResult>, JSON in `<script type="application/json">`), so that the
 * phone shows the exercise without waiting for a round trip first.
 */
export const PHONE_PAGE_DATA_ID = 'phone-page-data';

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
