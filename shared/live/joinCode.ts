/**
 * The join code of a live exercise: what a phone needs to reach one session's open exercise.
 * Read aloud and typed from the back of a room, so its alphabet has no look-alikes: no 0/O,
 * 1/I/L, 2/Z, 5/S, 8/B. 25 signs, 6 of them: 244 million codes, and wrong guesses are
 * limited per address by the listener.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** The length of a new code; the shortest code a phone may type. */
export const JOIN_CODE_LENGTH = 6;
/** Longer input is no code of ours (cuts a phone's pasted junk short before any lookup). */
export const MAX_JOIN_CODE_LENGTH = 12;

/**
 * A new random code. `randomInt(max)` returns an integer in [0, max): main passes
 * node:crypto's randomInt, tests a seeded one (shared/ never reads a random source itself).
 */
export function newJoinCode(randomInt: (max: number) => number, length = JOIN_CODE_LENGTH): string {
  let code = '';
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * A code as typed ("ac d-e fg") in its one spelling ("ACDEFG"): upper case, without spaces and
 * dashes; null when it cannot be a code (a letter outside the alphabet, too short or too long).
 */
export function normaliseJoinCode(text: string): string | null {
  if (text.length > MAX_JOIN_CODE_LENGTH * 3) return null;
  const code = text.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length < JOIN_CODE_LENGTH || code.length > MAX_JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

/** "ACDEFG" as "ACD EFG": easier to read from the back of a room (the projector, the panel). */
export function formatJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** The path of the phone page that opens a code directly (the QR code's and `Join:` URL's). */
export function joinPath(code: string): string {
  return `/j/${code}`;
}
