import type {
  PhoneAnswerInput,
  PhoneAnswerResult,
  PhoneExercise,
  PhoneJoinResult,
} from '../../../shared/live/protocol';
// The plain values only: the phone's bundle carries no zod schema (the listener validates).
import {
  PHONE_EXERCISE_EVENT,
  PHONE_PATHS,
  type PhoneErrorCode,
  type PhoneResponse,
} from '../../../shared/live/protocolConstants';

/** What went wrong, as the phone shows it: a listener's error code, or no connection at all. */
export type PhoneFailure = PhoneErrorCode | 'network';

export type PhoneResult<T> = { ok: true; value: T } | { ok: false; failure: PhoneFailure };

/**
 * The phone's side of the participant listener (main/live): same origin, JSON, the phone's
 * anonymous token in an HttpOnly cookie the listener sets at join. No other server is asked.
 */
async function call<T>(path: string, init?: RequestInit): Promise<PhoneResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: init?.body ? { 'content-type': 'application/json' } : undefined,
    });
  } catch {
    return { ok: false, failure: 'network' };
  }
  try {
    const body = (await response.json()) as PhoneResponse<T>;
    return body.ok ? { ok: true, value: body.value } : { ok: false, failure: body.error.code };
  } catch {
    // Not our JSON (a proxy's page, a cut connection): the phone can only say it lost the room.
    return { ok: false, failure: response.status === 404 ? 'notFound' : 'network' };
  }
}

export function join(code: string): Promise<PhoneResult<PhoneJoinResult>> {
  return call(PHONE_PATHS.join, { method: 'POST', body: JSON.stringify({ code }) });
}

export function sendAnswer(
  code: string,
  answer: PhoneAnswerInput,
): Promise<PhoneResult<PhoneAnswerResult>> {
  return call(PHONE_PATHS.answer, { method: 'POST', body: JSON.stringify({ code, answer }) });
}

/**
 * Follows the exercise as the facilitator changes it (opened, closed, questions edited):
 * server-sent events on the same origin, so EventSource carries the cookie and reconnects by
 * itself after a dropped Wi-Fi. Returns the function that stops listening.
 */
export function watchExercise(code: string, onExercise: (exercise: PhoneExercise) => void) {
  const source = new EventSource(`${PHONE_PATHS.events}?code=${encodeURIComponent(code)}`);
  source.addEventListener(PHONE_EXERCISE_EVENT, (event) => {
    try {
      onExercise(JSON.parse((event as MessageEvent<string>).data) as PhoneExercise);
    } catch {
      /* a garbled event is dropped; the next one carries the whole exercise again */
    }
  });
  return () => source.close();
}
