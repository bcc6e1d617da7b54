import type { Session } from '../../shared/session';
import { safeFileName } from '../store/transfer';

/** Room per part, so a very long organisation never pushes the session name and date out. */
const PART_MAX = 50;

function shorten(part: string): string {
  return [...part.trim()].slice(0, PART_MAX).join('').trim();
}

/** `<organisation> <session> <date>.pdf`, safe on every file system. */
export function reportFileName(session: Session): string {
  const parts = [session.organisation, session.name, session.date].map(shorten).filter(Boolean);
  return `${safeFileName(parts.join(' '), 'Klantkompas')}.pdf`;
}
