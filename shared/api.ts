import { z } from 'zod';
import { idSchema } from './ids';
import { commandSchema } from './commands';
import { createSessionInputSchema, type Language, type Session } from './session';
import type { AppErrorData } from './errors';
import type { ApiMethod } from './apiMethods';

export { API_METHODS, type ApiMethod } from './apiMethods';
import { reportSectionSchema } from './report/model';

/**
 * The API between renderer and main, declared once. Each method lists its arguments as a zod
 * tuple: both transports (Electron IPC and HTTP on 127.0.0.1) validate untrusted arguments
 * with these same schemas, and the renderer's client is typed from them.
 */
export const apiArgs = {
  info: z.tuple([]),
  listSessions: z.tuple([]),
  getSession: z.tuple([idSchema]),
  sessionUpdatedAt: z.tuple([idSchema]),
  createSession: z.tuple([createSessionInputSchema]),
  execute: z.tuple([idSchema, commandSchema]),
  executeMany: z.tuple([idSchema, z.array(commandSchema).min(1).max(20_000)]),
  undo: z.tuple([idSchema]),
  redo: z.tuple([idSchema]),
  duplicateSession: z.tuple([idSchema]),
  deleteSession: z.tuple([idSchema]),
  listTrash: z.tuple([]),
  restoreFromTrash: z.tuple([idSchema]),
  restoreBackup: z.tuple([idSchema]),
  exportSession: z.tuple([idSchema]),
  importSession: z.tuple([z.string()]),
  exportPdf: z.tuple([
    idSchema,
    z.object({
      language: z.enum(['nl', 'en']).optional(),
      sections: z.array(reportSectionSchema).optional(),
    }),
  ]),
} as const satisfies Record<ApiMethod, z.ZodTuple>;

export interface SessionSummary {
  status: 'ok';
  id: string;
  name: string;
  organisation: string;
  date: string;
  facilitator: string;
  language: Language;
  participants: number;
  updatedAt: string;
}

export interface DamagedSession {
  status: 'damaged';
  id: string;
  /** Plain words: what is wrong with the file. */
  reason: string;
  /** File modification time. */
  updatedAt: string;
  hasBackup: boolean;
}

export type SessionListItem = SessionSummary | DamagedSession;

export interface TrashItem {
  id: string;
  name: string;
  organisation: string;
  deletedAt: string;
  /** After this moment the session is removed for good. */
  purgeAt: string;
}

/** A session as the renderer sees it: the data plus what undo and redo can do. */
export interface SessionView {
  session: Session;
  canUndo: boolean;
  canRedo: boolean;
}

export interface ImportResult {
  summary: SessionSummary;
  /** True when the file's id was taken and the session got a new one. */
  renamedId: boolean;
}

export interface PdfExportResult {
  /** False when the user cancelled the save dialog. */
  saved: boolean;
  fileName: string;
  /** Where Electron saved it; absent in browser mode. */
  path?: string;
  /** Browser mode: the PDF bytes, base64, for the renderer to download. */
  base64?: string;
}

export interface ApiInfo {
  transport: 'electron' | 'http';
  dataDir: string;
  version: string;
}

export interface ApiResults {
  info: ApiInfo;
  listSessions: SessionListItem[];
  getSession: SessionView;
  /** When the session last changed: cheap to ask every few seconds. */
  sessionUpdatedAt: string;
  createSession: SessionSummary;
  execute: SessionView;
  executeMany: SessionView;
  undo: SessionView;
  redo: SessionView;
  duplicateSession: SessionSummary;
  deleteSession: TrashItem;
  listTrash: TrashItem[];
  restoreFromTrash: SessionSummary;
  restoreBackup: SessionSummary;
  exportSession: { fileName: string; json: string };
  importSession: ImportResult;
  exportPdf: PdfExportResult;
}

/** What main implements: arguments arrive already validated (defaults filled in). */
export type Api = {
  [M in ApiMethod]: (...args: z.output<(typeof apiArgs)[M]>) => Promise<ApiResults[M]>;
};

/** What the renderer calls: arguments as written, validated on the other side. */
export type ApiClient = {
  [M in ApiMethod]: (...args: z.input<(typeof apiArgs)[M]>) => Promise<ApiResults[M]>;
};

/** A session export larger than this is refused before it is read (20 MB). */
export const MAX_SESSION_IMPORT_BYTES = 20 * 1024 * 1024;

/** What a transport carries: every method answers with an ApiResponse, never throws. */
export type ApiTransport = {
  [M in ApiMethod]: (...args: z.input<(typeof apiArgs)[M]>) => Promise<ApiResponse<ApiResults[M]>>;
};

/** What every transport sends back: a value, or an error the renderer can translate. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
