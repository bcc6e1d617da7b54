/**
 * Every failure the user can meet has a stable code (translated by the renderer through the
 * message catalogue as `error.<code>`) and a plain English message (used by the CLI and logs).
 */
export type ErrorCode =
  | 'invalidInput'
  | 'invalidCommand'
  | 'notFound'
  | 'damaged'
  | 'noBackup'
  | 'tooLarge'
  | 'invalidImport'
  | 'newerVersion'
  | 'invalidCsv'
  | 'nothingToUndo'
  | 'nothingToRedo'
  | 'noChromium'
  | 'exportFailed'
  /**
   * The file system refused (main/store/systemErrors.ts): the disk is full, the folder is
   * read-only, no permission, or another error of the disk. Nothing was changed.
   */
  | 'diskFull'
  | 'readOnly'
  | 'noPermission'
  | 'storageFailed'
  /** Another process (a second window, the CLI) held the session's lock too long. */
  | 'sessionBusy'
  | 'internal'
  /** Only in the renderer: the transport itself failed. */
  | 'network';

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  /**
   * Values for the translated message, e.g. { line: 4 }. `messageKey` may name a catalogue text
   * that says it better than the generic text for the code.
   */
  params?: Record<string, string | number>;
}

export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;
  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
  toJSON(): AppErrorData {
    return { code: this.code, message: this.message, params: this.params };
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppErrorData).code === 'string' &&
    typeof (value as AppErrorData).message === 'string'
  );
}
