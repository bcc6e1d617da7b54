import type { Session } from '../../shared/session';
import { safeFileName } from '../store/transfer';

/** `<organisation> <session> <date>.pdf`, safe on every file system. */
export function reportFileName(session: Session): string {
  const parts = [session.organisation, session.name, session.date].filter((p) => p.trim() !== '');
  return `${safeFileName(parts.join(' '), 'Klantkompas')}.pdf`;
}
