import type { Session } from '../../shared/session';

/**
 * JSON text of a session, reusing the text of every part that is the very same object as at
 * an earlier write: the top-level parts (culture, kano, ...), their fields and the items of
 * those (one participant, one respondent). Commands never mutate (apply returns new objects
 * for what it changes), so an unchanged reference has unchanged JSON; one Kano answer in a
 * 500-participant session then re-serialises one respondent, not the megabyte. The output is
 * byte-for-byte what JSON.stringify(session) gives for plain JSON data.
 */
const textOf = new WeakMap<object, string>();

/** Levels below the session whose objects are cached: part → field → item. */
const CACHED_DEPTH = 3;

export function serialiseSession(session: Session): string {
  return json(session, CACHED_DEPTH);
}

function json(value: unknown, depth: number): string {
  if (typeof value !== 'object' || value === null || depth < 0) {
    return JSON.stringify(value) ?? 'null';
  }
  const cached = textOf.get(value);
  if (cached !== undefined) return cached;
  const text = Array.isArray(value)
    ? `[${value.map((item) => (item === undefined ? 'null' : json(item, depth - 1))).join(',')}]`
    : `{${Object.entries(value)
        .filter(([, field]) => field !== undefined)
        .map(([key, field]) => `${JSON.stringify(key)}:${json(field, depth - 1)}`)
        .join(',')}}`;
  textOf.set(value, text);
  return text;
}
