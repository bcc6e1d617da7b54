import { useSyncExternalStore } from 'react';
import { isValidId } from '../../../shared/ids';
import { isMethodId, type MethodId } from '../../../shared/methods';

/**
 * Whether this window is in participant mode, for which session and method, and the PIN that
 * ends it. Kept in this window's sessionStorage: a reload (or a crash of the page) lands back in
 * participant mode, while the PIN is never in the session file, never on the projector and
 * gone with the window.
 */
export interface ParticipantMode {
  sessionId: string;
  method: MethodId;
}

const KEY = 'klantkompas.participantMode';

export const PIN_PATTERN = /^\d{4,8}$/;

interface Stored extends ParticipantMode {
  pin: string;
}

function read(): Stored | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<Stored>;
    if (
      typeof value.sessionId === 'string' &&
      isValidId(value.sessionId) &&
      isMethodId(value.method) &&
      typeof value.pin === 'string'
    ) {
      return { sessionId: value.sessionId, method: value.method, pin: value.pin };
    }
  } catch {
    // Not ours or damaged: treated as not in participant mode.
  }
  return null;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function startParticipantMode(sessionId: string, method: MethodId, pin: string): void {
  if (!PIN_PATTERN.test(pin)) throw new Error('A participant-mode PIN is 4 to 8 digits.');
  sessionStorage.setItem(KEY, JSON.stringify({ sessionId, method, pin } satisfies Stored));
  notify();
}

/** Ends participant mode when the PIN is right; false (and nothing changes) when it is not. */
export function leaveParticipantMode(pin: string): boolean {
  const stored = read();
  if (!stored || stored.pin !== pin) return false;
  sessionStorage.removeItem(KEY);
  notify();
  return true;
}

// useSyncExternalStore needs the same object for as long as nothing changed.
let snapshot: { raw: string | null; mode: ParticipantMode | null } = { raw: null, mode: null };

export function currentParticipantMode(): ParticipantMode | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw !== snapshot.raw) {
    const stored = read();
    snapshot = { raw, mode: stored && { sessionId: stored.sessionId, method: stored.method } };
  }
  return snapshot.mode;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The participant mode of this window, or null; the component renders again when it changes. */
export function useParticipantMode(): ParticipantMode | null {
  return useSyncExternalStore(subscribe, currentParticipantMode);
}

/** The address of the participant page. */
export function participantPath({ sessionId, method }: ParticipantMode): string {
  return `/kiosk/${sessionId}/${method}`;
}
