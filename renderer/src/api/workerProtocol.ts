import type { ApiMethod } from '../../../shared/api';
import type { Session } from '../../../shared/session';
import type { AnalysisKey } from '../session/analysisCache';

/**
 * The messages between the window and the session worker (api/sessionWorker.ts). The window
 * sends API calls; the worker answers each in several messages (api/messageParts.ts) and then
 * sends the analyses of the large sessions it fetched, one message each.
 */
export type ToWorker =
  | { type: 'init'; apiBase: string; token: string }
  /** `body` is the JSON request body, made by the window (a string crosses cheaply). */
  | { type: 'call'; call: number; method: ApiMethod; body: string };

export type FromWorker =
  /** The answer without its long arrays; `lengths[i]` items of array i follow. */
  | { type: 'answer'; call: number; skeleton: unknown; lengths: number[] }
  | { type: 'items'; call: number; index: number; items: unknown[] }
  | { type: 'analysis'; id: string; updatedAt: string; key: AnalysisKey; result: unknown };

/** Arrays longer than this travel in slices of this many items. */
export const SLICE = 500;

/**
 * The session an API answer carries (getSession, execute, undo…), else undefined. Both sides
 * keep the last one per session id, so that the parts an answer did not change are not sent.
 */
export function sessionOf(value: unknown): Session | undefined {
  if (typeof value !== 'object' || value === null || !('session' in value)) return undefined;
  const session = (value as { session: unknown }).session;
  return typeof session === 'object' &&
    session !== null &&
    'id' in session &&
    'updatedAt' in session
    ? (session as Session)
    : undefined;
}
