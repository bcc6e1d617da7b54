import { deepFreeze } from '../../shared/readonly';
import type { Session } from '../../shared/session';

/**
 * Whether sessions are frozen before a command is applied: in tests and whenever the TypeScript
 * sources run (Vitest, `tsx`), so that a command that changes a session in place throws a
 * TypeError at once. Otherwise the change would pass validateChange and the serialiser would
 * write the cached text of the old object: memory and disk would disagree, silently.
 *
 * The bundles users run are built with NODE_ENV defined as 'production' (scripts/build-node.mjs)
 * and skip it. Read at every call, not once, so that `NODE_ENV=production npm run bench` measures
 * what users get.
 */
export function freezesSessions(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.VITEST !== undefined;
}

/**
 * The session, frozen all the way down when `freezesSessions()`. Only the parts not frozen yet
 * are walked: after the first command, the few objects the previous command made.
 */
export function freezeBeforeApply(session: Session): Session {
  return freezesSessions() ? deepFreeze(session) : session;
}
