import { useEffect, useState } from 'react';
import { analyseCulture, type CultureAnalysis } from '../../../shared/culture/analysis';
import type { CultureData } from '../../../shared/culture/model';
import { excellenceResults, type ExcellenceResults } from '../../../shared/excellence/results';
import { analyseKano, type WishAnalysis } from '../../../shared/kano/analysis';
import type { KanoData } from '../../../shared/kano/model';
import { participantCount, type Session } from '../../../shared/session';

/**
 * The analyses of a session, computed once per data object: the views and the report ask for
 * the same analysis again and again (every render, every view, every report section), and for
 * 10,000 participants one takes tens of milliseconds. A command never changes data in place
 * (it makes new objects for what it changes), and the session context keeps the parts a change
 * did not touch identical (SessionContext.tsx), so the object itself identifies its analysis.
 */
function cachedPerObject<Data extends object, Key, Result>(
  compute: (data: Data, key: Key) => Result,
) {
  const cache = new WeakMap<Data, Map<Key, Result>>();
  return {
    get(data: Data, key: Key): Result {
      let results = cache.get(data);
      if (!results) {
        results = new Map();
        cache.set(data, results);
      }
      if (!results.has(key)) results.set(key, compute(data, key));
      return results.get(key)!;
    },
    has: (data: Data, key: Key): boolean => cache.get(data)?.has(key) ?? false,
  };
}

const culture = cachedPerObject((data: CultureData, group: string | undefined) =>
  analyseCulture(data, group === undefined ? {} : { group }),
);

/** analyseCulture(data, { group }), computed once per data object and group. */
export function cultureAnalysis(data: CultureData, group?: string): CultureAnalysis {
  return culture.get(data, group);
}

const kano = cachedPerObject((data: KanoData, groupId: string | undefined) =>
  analyseKano(data, groupId === undefined ? {} : { groupId }),
);

/** analyseKano(data, { groupId }), computed once per data object and group. */
export function kanoAnalysis(data: KanoData, groupId?: string): WishAnalysis[] {
  return kano.get(data, groupId);
}

// The figures per group also depend on the session's groups (their names and order);
// excellenceResults reads nothing else of the session.
const excellence = cachedPerObject(
  (data: Session['excellence'], groups: Session['groups']): ExcellenceResults =>
    excellenceResults({ excellence: data, groups } as Session),
);

/** excellenceResults(session), computed once per excellence data and list of groups. */
export function excellenceAnalysis(session: Session): ExcellenceResults {
  return excellence.get(session.excellence, session.groups);
}

/** The analyses of the whole session (as the report shows them) not computed yet. */
function missingAnalyses(session: Session): (() => unknown)[] {
  const missing: (() => unknown)[] = [];
  if (!culture.has(session.culture, undefined))
    missing.push(() => cultureAnalysis(session.culture));
  if (!kano.has(session.kano, undefined)) missing.push(() => kanoAnalysis(session.kano));
  if (!excellence.has(session.excellence, session.groups)) {
    missing.push(() => excellenceAnalysis(session));
  }
  return missing;
}

/** Up to this many participants (in the largest method) the analyses take a few milliseconds. */
const SMALL_SESSION = 1000;

/**
 * The session once the analyses of all three methods are computed for it, else the last
 * session that was (null at first). For a large session they are computed one per task, so
 * that a screen showing all of them (the report) never computes them in one long task; a small
 * session's are computed at once.
 */
export function useAnalysedSession(session: Session): Session | null {
  const small = participantCount(session) <= SMALL_SESSION;
  if (small) for (const compute of missingAnalyses(session)) compute();
  const complete = small || missingAnalyses(session).length === 0;
  const [last, setLast] = useState<Session | null>(complete ? session : null);
  if (complete && last !== session) setLast(session);
  const [, setComputed] = useState(0);
  useEffect(() => {
    if (complete) return;
    const timer = window.setTimeout(() => {
      missingAnalyses(session)[0]?.();
      setComputed((n) => n + 1);
    }, 0);
    return () => window.clearTimeout(timer);
  });
  return complete ? session : last;
}
