import { z } from 'zod';
import {
  apiArgs,
  type Api,
  type ApiMethod,
  type ApiResults,
  type PdfExportResult,
} from '../shared/api';
import { AppError } from '../shared/errors';
import type { LiveService } from './live/liveService';
import type { SessionStore } from './store/sessionStore';
import { storageError } from './store/systemErrors';

export interface ApiDependencies {
  store: SessionStore;
  transport: 'electron' | 'http';
  version: string;
  /** Prints the session's report; Electron and browser mode deliver the file differently. */
  exportPdf: Api['exportPdf'];
  /** The live workshop's participant listener (main/live). */
  live: LiveService;
  /** Opens the projector view; Electron and browser mode open windows differently. */
  openProjector: Api['openProjector'];
}

/** The one implementation of the API contract; both transports call into this. */
export function createApi({
  store,
  transport,
  version,
  exportPdf,
  live,
  openProjector,
}: ApiDependencies): Api {
  return {
    info: async () => ({ transport, dataDir: store.dataDir, version }),
    listSessions: () => store.list(),
    getSession: (id) => store.getView(id),
    sessionUpdatedAt: async (id) => (await store.get(id)).updatedAt,
    createSession: (input) => store.create(input),
    execute: (id, command, options) => store.execute(id, command, options),
    executeMany: (id, commands, options) => store.executeMany(id, commands, options),
    undo: (id) => store.undo(id),
    redo: (id) => store.redo(id),
    duplicateSession: (id) => store.duplicate(id),
    deleteSession: (id) => store.delete(id),
    listTrash: () => store.listTrash(),
    restoreFromTrash: (id) => store.restoreFromTrash(id),
    restoreBackup: (id) => store.restoreBackup(id),
    exportSession: (id) => store.exportSession(id),
    importSession: (text) => store.importSession(text),
    exportPdf: (id, options): Promise<PdfExportResult> => exportPdf(id, options),
    liveStart: (id, method, options) => live.start(id, method, options),
    liveStop: () => live.stop(),
    liveStatus: async () => live.status(),
    liveSetOpen: (open) => live.setOpen(open),
    openProjector: (id, method) => openProjector(id, method),
  };
}

/**
 * Calls one API method with untrusted arguments (from IPC or HTTP): the method name and every
 * argument are checked against the shared contract first.
 */
export async function dispatch<M extends ApiMethod>(
  api: Api,
  method: string,
  args: unknown,
): Promise<ApiResults[M]> {
  if (!Object.hasOwn(apiArgs, method)) {
    throw new AppError('invalidInput', `Unknown API method "${method}".`);
  }
  const parsed = apiArgs[method as M].safeParse(args);
  if (!parsed.success) {
    throw new AppError('invalidInput', z.prettifyError(parsed.error));
  }
  const fn = api[method as M] as (...a: unknown[]) => Promise<ApiResults[M]>;
  return fn(...(parsed.data as unknown[]));
}

/**
 * Any thrown value as the error half of an API response. The store already says its file
 * errors in plain words; this is the last line of defence for anything else: a system error is
 * said the same way, and no message carries an absolute path.
 */
export function toErrorData(error: unknown): {
  code: AppError['code'];
  message: string;
  params?: Record<string, string | number>;
} {
  const plain = storageError(error, 'save');
  if (plain instanceof AppError) return plain.toJSON();
  const message = plain instanceof Error ? plain.message : String(plain);
  return { code: 'internal', message: withoutPaths(message) };
}

/** "/home/x/data/sessions/a.json" and "C:\\Users\\x\\a.json" become "…". */
export function withoutPaths(message: string): string {
  return message.replace(/(?:[A-Za-z]:)?(?:[\\/][^\s'"`,;:()[\]]+){2,}/g, '…');
}
