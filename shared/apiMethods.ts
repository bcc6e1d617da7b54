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
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export const IPC_CHANNEL_PREFIX = 'klantkompas:';
