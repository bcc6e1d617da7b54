import type { ApiMethod } from '../../../shared/api';
import type { MethodId } from '../../../shared/methods';
import type { Session } from '../../../shared/session';
import type { AnalysisKey } from '../session/analysisCache';
import type { CsvImportReport } from './csvImportReport';

/**
 * The messages between the window and the session worker (api/sessionWorker.ts). The window
 * sends API calls; the worker answers each in several messages (api/messageParts.ts) and then
 * sends the analyses of the large sessions it fetched, one message each. It also reads CSV
 * imports against its copy of the session and keeps their commands (api/heldCommands.ts).
 */
export type ToWorker =
  | { type: 'init'; apiBase: string; token: string }
  /**
   * `body` is the JSON request body, made by the window (a string crosses cheaply). `held`: the
   * argument at `index` is a stand-in for the commands the worker keeps as `ref`.
   */
  | {
      type: 'call';
      call: number;
      method: ApiMethod;
      body: string;
      held?: { index: number; ref: number };
    }
  /** A CSV file to read for `method` against the worker's last copy of session `sessionId`. */
  | { type: 'readCsv'; call: number; method: MethodId; sessionId: string; bytes: Uint8Array };

export type FromWorker =
  /** The answer without its long arrays; `lengths[i]` items of array i follow. */
  | { type: 'answer'; call: number; skeleton: unknown; lengths: number[] }
  | { type: 'items'; call: number; index: number; items: unknown[] }
  | { type: 'analysis'; id: string; updatedAt: string; key: AnalysisKey; result: unknown }
  /**
   * The file read: its report and the number its commands are kept under (null when there are
   * none). `read` is null when the worker has no copy of the session: the window reads it.
   */
  | {
      type: 'csvRead';
      call: number;
      read: { report: CsvImportReport; ref: number | null } | null;
    };

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
