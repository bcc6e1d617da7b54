import { z } from 'zod';

/** Ids become file names: only lower-case letters, digits and dashes, so no path can hide in one. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id holds only a-z, 0-9 and dashes');

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function isValidId(value: string): boolean {
  return idSchema.safeParse(value).success;
}
