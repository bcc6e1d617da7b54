import { createHash, randomBytes } from 'node:crypto';
import { PHONE_COOKIE } from '../../shared/live/protocol';

/**
 * A phone's identity: a random token in an HttpOnly cookie (anonymous: nothing of the person),
 * and, derived from it, its participant id in one session. The id is a hash, so a session file
 * never holds a token, and the same phone is a different participant id in another session.
 */

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** A workshop day, with room for a second day with the same session. */
const COOKIE_MAX_AGE_SECONDS = 3 * 24 * 60 * 60;

export function newPhoneToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The phone's token from its Cookie header, or null when it has none of ours (or a forged shape). */
export function phoneTokenOf(cookieHeader: string | undefined): string | null {
  if (!cookieHeader || cookieHeader.length > 8192) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === PHONE_COOKIE) {
      const value = rest.join('=');
      return TOKEN_PATTERN.test(value) ? value : null;
    }
  }
  return null;
}

/** The Set-Cookie header: never readable by scripts, never sent by other sites' pages. */
export function phoneCookie(token: string): string {
  return `${PHONE_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}`;
}

/** The phone's participant id in one session (an id of shared/ids.ts: a-z, 0-9, dashes). */
export function phoneParticipantId(token: string, sessionId: string): string {
  const hash = createHash('sha256').update(`${sessionId}\n${token}`).digest('hex');
  return `phone-${hash.slice(0, 32)}`;
}
