/**
 * The API's method names, apart from their schemas so that Electron's sandboxed preload can
 * expose them without bundling zod. shared/api.ts checks that both lists agree.
 */
export const API_METHODS = [
  'info',
  'listSessions',
  'getSession',
  'sessionUpdatedAt',
  'createSession',
  'execute',
  'executeMany',
  'undo',
  'redo',
  'duplicateSession',
  'deleteSession',
  'listTrash',
  'restoreFromTrash',
  'restoreBackup',
  'exportSession',
  'importSession',
  'exportPdf',
  // The live workshop (phones on the local network): shared/api.ts, "Live workshop".
  'liveStart',
  'liveStop',
  'liveStatus',
  'liveSetOpen',
  'openProjector',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export const IPC_CHANNEL_PREFIX = 'klantkompas:';

/**
 * Electron: the one channel on which main pushes an AppEvent (shared/api.ts) to every window;
 * the preload hands them to `window.klantkompas.onEvent` listeners.
 */
export const APP_EVENT_CHANNEL = `${IPC_CHANNEL_PREFIX}event`;
