import type { Session } from '../../shared/session';

/**
 * JSON text of a session, reusing the text of every top-level part (culture, kano, ...) that
 * is the very same object as at the last write. Commands never mutate (apply returns new
 * objects for what it changes), so an unchanged reference has unchanged JSON; a rename of a
 * 500-participant session then costs a few bytes of work instead of a megabyte. The output
 * is byte-for-byte what JSON.stringify(session) gives.
 */
const partText = new WeakMap<object, string>();

export function serialiseSession(session: Session): string {
  const fields = Object.entries(session).map(([key, value]) => {
    let text: string;
    if (typeof value === 'object' && value !== null) {
      text = partText.get(value) ?? JSON.stringify(value);
      partText.set(value, text);
    } else {
      text = JSON.stringify(value);
    }
    return `${JSON.stringify(key)}:${text}`;
  });
  return `{${fields.join(',')}}`;
}
