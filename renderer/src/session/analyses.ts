import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CultureAnalysis } from '../../../shared/culture/analysis';
import type { Session } from '../../../shared/session';
import {
  analysesComputedByWorker,
  computeAnalysis,
  cultureAnalysis,
  hasAnalysis,
  isLargeSession,
  REPORT_ANALYSES,
  sessionAnalyses,
  storedAnalysesVersion,
  subscribeToStoredAnalyses,
  type AnalysisKey,
} from './analysisCache';

export { cultureAnalysis, excellenceAnalysis, isLargeSession, kanoAnalysis } from './analysisCache';
export type { AnalysisKey } from './analysisCache';

const sameKey = (a: AnalysisKey, b: AnalysisKey) => a.method === b.method && a.group === b.group;

/** Whether the session worker computes this analysis for this session (see sessionAnalyses). */
function fromWorker(session: Session, key: AnalysisKey): boolean {
  return analysesComputedByWorker() && sessionAnalyses(session).some((k) => sameKey(k, key));
}

/**
 * The session once the analyses `keys` are known for it, else the last session for which they
 * were (null at first). A small session's are computed at once. A large session's come from the
 * session worker (browser mode) and the screen is drawn again when they arrive; without a worker
 * they are computed here one per task, so that no screen computes them in one long task.
 */
export function useAnalysedSession(
  session: Session,
  keys: readonly AnalysisKey[] = REPORT_ANALYSES,
): Session | null {
  useSyncExternalStore(subscribeToStoredAnalyses, storedAnalysesVersion);
  const small = !isLargeSession(session);
  if (small) for (const key of keys) computeAnalysis(session, key);
  const missing = keys.filter((key) => !hasAnalysis(session, key));
  const complete = missing.length === 0;
  const [last, setLast] = useState<Session | null>(complete ? session : null);
  if (complete && last !== session) setLast(session);
  const [, setComputed] = useState(0);
  const computeHere = missing.filter((key) => !fromWorker(session, key));
  useEffect(() => {
    const key = computeHere[0];
    if (!key) return;
    const timer = window.setTimeout(() => {
      computeAnalysis(session, key);
      setComputed((n) => n + 1);
    }, 0);
    return () => window.clearTimeout(timer);
  });
  if (complete) return session;
  // The last one only serves when it has the analyses asked for now (a group chosen since).
  return last && keys.every((key) => hasAnalysis(last, key)) ? last : null;
}

/** The culture analysis a view shows (for everyone or one group id), null until known. */
export function useCultureAnalysis(session: Session, group?: string): CultureAnalysis | null {
  const analysed = useAnalysedSession(session, [{ method: 'culture', group }]);
  return analysed && cultureAnalysis(analysed.culture, group);
}
