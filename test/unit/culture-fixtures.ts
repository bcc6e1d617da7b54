import { newSession, type Session } from '../../shared/session';
import type { CultureData, CultureEntry } from '../../shared/culture/model';
import { emptyCultureData } from '../../shared/culture/model';

export function entry(
  id: string,
  current: string[],
  desired: string[],
  group: string | null = null,
): CultureEntry {
  return { id, participant: '', group, current, desired };
}

/** The three participants of the hand-computed examples in the culture tests. */
export const THREE_PARTICIPANTS: CultureEntry[] = [
  entry('p1', ['Bureaucratisch', 'traag', 'Klantgericht'], ['klantgericht', 'Snel', 'open']),
  entry('p2', ['bureaucratisch', 'Créatief', ''], ['creatief', 'snel', 'Klantgericht']),
  entry('p3', ['Traag', '  bureaucratisch. '], ['open', 'Snel!', 'wendbaar']),
];

export function cultureData(changes: Partial<CultureData> = {}): CultureData {
  return { ...emptyCultureData(), entries: THREE_PARTICIPANTS, ...changes };
}

export function testSession(): Session {
  return newSession('s1', { name: 'Test' }, new Date('2026-01-15T10:00:00Z'));
}
