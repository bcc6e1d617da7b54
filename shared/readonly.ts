/**
 * A session is never changed in place: every command returns a new session that shares the
 * unchanged parts with the old one. The store's validation, its JSON reuse and undo all rely on
 * that (an unchanged reference means unchanged content), so the types say it: everything read
 * from a session is deeply read-only, and the compiler refuses `push`, `sort` or an assignment.
 *
 * Type-only on purpose: zod's `.readonly()` would make only the outer level read-only and would
 * freeze every parsed object, in production too. Tests and development runs freeze for real
 * with `deepFreeze` below.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a plain JSON value and everything in it, so that an in-place change throws a
 * TypeError (modules are strict mode) instead of silently changing shared state. An object that
 * is already frozen is taken to be frozen all the way down (only this function freezes session
 * data), so freezing the next version of a session walks only the parts that are new.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value as DeepReadonly<T>;
}
