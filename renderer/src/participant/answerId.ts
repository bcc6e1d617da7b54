/**
 * A new id for one participant's answer (a UUID, as shared/ids.ts makes them).
 * `crypto.randomUUID` exists only in secure contexts (https, localhost): a phone on the room's
 * Wi-Fi opens the page over plain http from the laptop's address, where it is missing and the
 * page would stop at its first screen. `crypto.getRandomValues` is there in every context.
 */
export function newAnswerId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // Version 4 (random) and the RFC 4122 variant, as randomUUID would set them.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
