import { AppError, type ErrorCode } from '../../shared/errors';
import { catalogue, translate, type MessageKey } from '../../shared/i18n';

/**
 * What the store was doing when the file system refused: saving a change (or a new, imported,
 * restored or deleted session), reading, or opening the data folder at start.
 */
export type FileAction = 'save' | 'read' | 'open';

type StorageCode = Extract<ErrorCode, 'diskFull' | 'readOnly' | 'noPermission' | 'storageFailed'>;

/** The system's error codes the user can do something about, in plain words. */
const CODES: Record<string, StorageCode> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EFBIG: 'diskFull',
  EROFS: 'readOnly',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
};

/** A Node system error: it has an errno code such as "ENOSPC" (and a message with the path). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code!)
  );
}

/**
 * Any error of a file operation as an AppError the user can read: what failed and why, in plain
 * language, never the system's own message (it names absolute paths). AppErrors pass unchanged;
 * other errors (bugs) too, for the API's last line of defence (main/api.ts).
 */
export function storageError(error: unknown, action: FileAction): unknown {
  if (error instanceof AppError || !isSystemError(error)) return error;
  const code = CODES[error.code] ?? 'storageFailed';
  const own = `error.${code}.${action}`;
  // A text of its own for reading or opening where the catalogue has one, else the saving text.
  const key = (Object.hasOwn(catalogue.en, own) ? own : `error.${code}`) as MessageKey;
  const params: Record<string, string> = { systemCode: error.code };
  if (key !== `error.${code}`) params.messageKey = key;
  return new AppError(code, translate('en', key, params), params);
}

/** Runs a file operation and turns its system errors into plain ones (see storageError). */
export async function plainErrors<T>(action: FileAction, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw storageError(error, action);
  }
}
