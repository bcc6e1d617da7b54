/**
 * The participant-mode PIN lives only in this window's sessionStorage: never in the session
 * file, never on the projector.
 */
const key = (sessionId: string) => `klantkompas.kioskPin.${sessionId}`;

export const PIN_PATTERN = /^\d{4,8}$/;

export function setKioskPin(sessionId: string, pin: string): void {
  sessionStorage.setItem(key(sessionId), pin);
}

export function checkKioskPin(sessionId: string, pin: string): boolean {
  return sessionStorage.getItem(key(sessionId)) === pin;
}
