import { analyseCulture, type CultureAnalysis } from '../../../shared/culture/analysis';
import type { CultureData } from '../../../shared/culture/model';
import { excellenceResults, type ExcellenceResults } from '../../../shared/excellence/results';
import { analyseKano, type WishAnalysis } from '../../../shared/kano/analysis';
import type { KanoData } from '../../../shared/kano/model';
import { participantCount, type Session } from '../../../shared/session';

/**
 * The analyses of a session, computed once per data object: the views and the report ask for
 * the same analysis again and again (every render, every view, every report section), and for
 * 10,000 participants one takes tens to hundreds of milliseconds. A command never changes data
 * in place (it makes new objects for what it changes), and the API client keeps the parts an
 * answer did not change identical (api/messageParts.ts), so the object itself identifies its
 * analysis. No React here: the session worker (api/sessionWorker.ts) computes with this module
 * and the window stores what the worker sends (storeAnalysis).
 */
function cachedPerObject<Data extends object, Key, Result>(
  compute: (data: Data, key: Key) => Result,
) {
  const cache = new WeakMap<Data, Map<Key, Result>>();
  const resultsOf = (data: Data) => {
    let results = cache.get(data);
    if (!results) {
      results = new Map();
      cache.set(data, results);
    }
    return results;
  };
  return {
    get(data: Data, key: Key): Result {
      const results = resultsOf(data);
      if (!results.has(key)) results.set(key, compute(data, key));
      return results.get(key)!;
    },
    has: (data: Data, key: Key): boolean => cache.get(data)?.has(key) ?? false,
    set: (data: Data, key: Key, result: Result): void => void resultsOf(data).set(key, result),
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

/** One analysis of a session: a method's, for everyone or for one group. */
export type AnalysisKey =
  { method: 'culture' | 'kano'; group?: string } | { method: 'excellence'; group?: undefined };

/** The analyses the report shows: every method's, for everyone. */
export const REPORT_ANALYSES: readonly AnalysisKey[] = [
  { method: 'culture' },
  { method: 'kano' },
  { method: 'excellence' },
];

/** Every analysis the screens of a session show: the report's first, then each group's. */
export function sessionAnalyses(session: Session): AnalysisKey[] {
  const perGroup = (method: 'culture' | 'kano') =>
    session.groups.map((g): AnalysisKey => ({ method, group: g.id }));
  return [...REPORT_ANALYSES, ...perGroup('culture'), ...perGroup('kano')];
}

/** Whether the analysis is computed (or was stored) for this session's data. */
export function hasAnalysis(session: Session, key: AnalysisKey): boolean {
  if (key.method === 'culture') return culture.has(session.culture, key.group);
  if (key.method === 'kano') return kano.has(session.kano, key.group);
  return excellence.has(session.excellence, session.groups);
}

/** The analysis, computed now unless it is known. */
export function computeAnalysis(session: Session, key: AnalysisKey): unknown {
  if (key.method === 'culture') return cultureAnalysis(session.culture, key.group);
  if (key.method === 'kano') return kanoAnalysis(session.kano, key.group);
  return excellenceAnalysis(session);
}

const listeners = new Set<() => void>();
let stored = 0;

/** Keeps an analysis computed elsewhere (the session worker) for this session's data. */
export function storeAnalysis(session: Session, key: AnalysisKey, result: unknown): void {
  if (key.method === 'culture') {
    culture.set(session.culture, key.group, result as CultureAnalysis);
  } else if (key.method === 'kano') {
    kano.set(session.kano, key.group, result as WishAnalysis[]);
  } else {
    excellence.set(session.excellence, session.groups, result as ExcellenceResults);
  }
  stored += 1;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: called whenever an analysis is stored. */
export function subscribeToStoredAnalyses(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever an analysis is stored. */
export function storedAnalysesVersion(): number {
  return stored;
}

/** Up to this many participants (in the largest method) the analyses take a few milliseconds. */
const SMALL_SESSION = 1000;

/** More participants than SMALL_SESSION: analyses then take tens to hundreds of milliseconds. */
export function isLargeSession(session: Session): boolean {
  return participantCount(session) > SMALL_SESSION;
}

/** Whether a worker computes the analyses of large sessions (set by the API client). */
let workerAnalyses = false;

export function analysesComputedByWorker(): boolean {
  return workerAnalyses;
}

export function setAnalysesComputedByWorker(value: boolean): void {
  workerAnalyses = value;
}
