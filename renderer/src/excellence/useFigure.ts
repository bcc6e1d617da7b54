import { formatNumber } from '../components/format';
import { useSession } from '../session/SessionContext';

/** Formats a figure in the session's language (7,5 in Dutch); a missing figure is a dash. */
export function useFigure(): (value: number | null, digits?: number) => string {
  const { session } = useSession();
  return (value, digits = 1) =>
    value === null ? '—' : formatNumber(value, session.language, digits);
}
