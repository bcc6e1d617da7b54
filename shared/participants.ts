/** The longest participant label ("P3", "Formulier 12"): one limit for every method. */
export const MAX_PARTICIPANT_LABEL = 100;

/**
 * The one identity rule for participants in every method: labels are the same participant when
 * they are equal after trimming, ignoring case and accents ("Anna", " anna", "Änna" are one).
 * An empty label names nobody: such participants are always distinct.
 */
export function participantKey(label: string): string {
  const trimmed = label.trim();
  // Most labels ("P12", "R3") are plain ASCII: nothing to decompose.
  if (PLAIN.test(trimmed)) return trimmed.toLowerCase();
  return trimmed.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const PLAIN = /^[\x20-\x7e]*$/;

/** Whether two labels name the same participant (see participantKey). */
export function sameParticipant(a: string, b: string): boolean {
  return participantKey(a) === participantKey(b);
}
