import { AppError } from '../../shared/errors';
import type { SessionListItem } from '../../shared/api';

/**
 * The id `--session` means: an id as it is, or else the one session whose name is exactly this
 * (ignoring case and the spaces around it). Facilitators know their sessions by name; the id
 * is shown in the app's Settings tab. Two sessions of that name: an error listing their ids, so
 * that the right one can be given.
 */
export function resolveSessionId(given: string, sessions: readonly SessionListItem[]): string {
  if (sessions.some((s) => s.id === given)) return given;
  const wanted = given.trim().toLocaleLowerCase();
  const named = sessions.filter(
    (s) => s.status === 'ok' && s.name.trim().toLocaleLowerCase() === wanted,
  );
  if (named.length === 1) return named[0]!.id;
  if (named.length > 1) {
    const ids = named.map((s) => s.id).join(', ');
    throw new AppError(
      'invalidInput',
      `${named.length} sessions are called "${given}": give one of their ids (${ids}).`,
    );
  }
  throw new AppError('notFound', `There is no session with the id or name "${given}".`);
}
