import { z } from 'zod';
import { idSchema } from './ids';
import { commandSchema } from './commands';
import { createSessionInputSchema, type Language, type Session } from './session';
import type { AppErrorData } from './errors';
import type { DeepReadonly } from './readonly';
import type { ApiMethod } from './apiMethods';

export { API_METHODS, type ApiMethod } from './apiMethods';
import { reportSectionSchema } from './report/model';
import { METHOD_IDS, type MethodId } from './methods';

/**
 * The API between renderer and main, declared once. Each method lists its arguments as a zod
 * tuple: both transports (Electron IPC and HTTP on 127.0.0.1) validate untrusted arguments
 * with these same schemas, and the renderer's client is typed from them.
 */
function methodIdSchema() {
  return z.enum(METHOD_IDS as [MethodId, ...MethodId[]]);
}

/** Where the participant listener listens; both default (all interfaces, DEFAULT_LIVE_PORT). */
function liveStartOptionsSchema() {
  return z
    .strictObject({
      port: z.number().int().min(0).max(65535).optional(),
      host: z.union([z.ipv4(), z.ipv6()]).optional(),
    })
    .default({});
}

/**
 * How a change is kept. `undoable: false` is for participants' answers (participant mode; the
 * phones go to the store directly): the facilitator's undo never takes them back.
 */
export const executeOptionsSchema = z.strictObject({ undoable: z.boolean().optional() });
export type ExecuteOptions = z.infer<typeof executeOptionsSchema>;

export const apiArgs = {
  info: z.tuple([]),
  listSessions: z.tuple([]),
  getSession: z.tuple([idSchema]),
  sessionUpdatedAt: z.tuple([idSchema]),
  createSession: z.tuple([createSessionInputSchema]),
  execute: z.tuple([idSchema, commandSchema, executeOptionsSchema.optional()]),
  executeMany: z.tuple([
    idSchema,
    z.array(commandSchema).min(1).max(20_000),
    executeOptionsSchema.optional(),
  ]),
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
  liveStart: z.tuple([idSchema, methodIdSchema(), liveStartOptionsSchema()]),
  liveStop: z.tuple([]),
  liveStatus: z.tuple([]),
  liveSetOpen: z.tuple([z.boolean()]),
  openProjector: z.tuple([idSchema, methodIdSchema()]),
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
  /** What the import repaired (README, "Export and import"); none for a file the app wrote. */
  repairs: ImportRepair[];
}

/**
 * A repair of an imported file that did not fit together: participants of a group the file
 * does not have got no group; Kano answers or consensus for a wish it does not have left out.
 */
export interface ImportRepair {
  kind: 'ungroupedParticipants' | 'droppedKanoAnswers' | 'droppedConsensus';
  count: number;
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
  liveStart: LiveStatus;
  liveStop: null;
  liveStatus: LiveStatus | null;
  liveSetOpen: LiveStatus;
  openProjector: ProjectorResult;
}

/** What main implements: arguments arrive already validated (defaults filled in). */
export type Api = {
  [M in ApiMethod]: (...args: z.output<(typeof apiArgs)[M]>) => Promise<ApiResults[M]>;
};

/** What the renderer calls: arguments as written (never changed), validated on the other side. */
export type ApiClient = {
  [M in ApiMethod]: (...args: DeepReadonly<z.input<(typeof apiArgs)[M]>>) => Promise<ApiResults[M]>;
};

/** A session export larger than this is refused before it is read (20 MB). */
export const MAX_SESSION_IMPORT_BYTES = 20 * 1024 * 1024;

/** What a transport carries: every method answers with an ApiResponse, never throws. */
export type ApiTransport = {
  [M in ApiMethod]: (
    ...args: DeepReadonly<z.input<(typeof apiArgs)[M]>>
  ) => Promise<ApiResponse<ApiResults[M]>>;
};

/** What every transport sends back: a value, or an error the renderer can translate. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

// ---- Live workshop: phones on the local network (README, "Live workshop") -------------------

/** The participant listener's port unless the facilitator names another (or it is taken). */
export const DEFAULT_LIVE_PORT = 47470;

/** One address phones can use: one per network interface. */
export interface LiveAddress {
  /** The interface's name as the system calls it: "Wi-Fi", "wlan0", "en0". */
  name: string;
  address: string;
  /** `http://ADDRESS:PORT/j/CODE`: the join URL for the QR code (IPv6 in brackets). */
  url: string;
}

/** The participant listener, as the facilitator's windows see it. */
export interface LiveStatus {
  sessionId: string;
  method: MethodId;
  /** The join code (shared/live/joinCode.ts), shown with formatJoinCode. */
  code: string;
  port: number;
  /** Whether the exercise accepts answers; a closed one refuses them. */
  open: boolean;
  /** Phones that joined with this code since the listener started. */
  joined: number;
  /** Of those, the phones whose answer is stored. */
  answered: number;
  /** Non-internal IPv4 first; empty when the computer has no network (say how to start a hotspot). */
  addresses: LiveAddress[];
  /** The system's firewall may ask for permission on the first start: say so beforehand. */
  firewallNote: 'windows' | 'macos' | null;
}

export interface ProjectorResult {
  /** False when no window could be opened (browser mode without Chromium): show the address. */
  opened: boolean;
}

/**
 * What main pushes to the facilitator's windows (browser mode: `GET /api/events`, server-sent
 * events, token in the API_TOKEN_HEADER header; Electron: APP_EVENT_CHANNEL).
 * - session: a session changed (any change in this app: the API, the phones); `updatedAt` null
 *   when it was deleted. On the wire: `event: session`, data `{ id, updatedAt }`.
 * - live: the listener started, stopped (null) or its counters or open state changed.
 *   On the wire: `event: live`, data `LiveStatus | null`.
 */
export type AppEvent =
  | { type: 'session'; id: string; updatedAt: string | null }
  | { type: 'live'; status: LiveStatus | null };

export type AppEventListener = (event: AppEvent) => void;
/** `api.subscribe(listener)` in the renderer, `onEvent` in the preload: returns unsubscribe. */
export type Subscribe = (listener: AppEventListener) => () => void;

/** What Electron's preload exposes as `window.klantkompas`: the transport plus the events. */
export type DesktopBridge = ApiTransport & { onEvent: Subscribe };

/** Browser mode's push channel on the facilitator's server (GET, token header, SSE). */
export const API_EVENTS_PATH = '/api/events';
