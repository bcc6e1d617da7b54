import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { AppError } from '../../shared/errors';

/**
 * Which version of a file we hold: device, inode, modification time in nanoseconds and size.
 * Every write under a session's lock gives the file a later mtime than the one it replaces
 * (main/store/atomicFile.ts), so two versions never look the same, even within one tick of
 * the file system's clock.
 */
export type FileVersion = string;

export function versionOf(info: BigIntStats): FileVersion {
  return `${info.dev}:${info.ino}:${info.mtimeNs}:${info.size}`;
}

/** Why a name in the data folder is not a file we read: a FIFO would hang, a link leads out. */
export const NOT_REGULAR =
  'It is not a regular file (a folder, a link or a device), so it is not read.';

/** Opening never follows a link and never waits for a FIFO's writer (where the system has them). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The file's own information without following a link, or null when there is none. A name
 * that is not a regular file throws AppError 'damaged' (NOT_REGULAR).
 */
export async function regularFileInfo(path: string): Promise<BigIntStats | null> {
  let info: BigIntStats;
  try {
    info = await lstat(path, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!info.isFile()) throw new AppError('damaged', NOT_REGULAR);
  return info;
}

/**
 * The text of a regular file and its information (the version read), or null when there is none. A link, a
 * folder, a FIFO or a device is refused (AppError 'damaged', NOT_REGULAR) without reading a
 * byte of it, and so is a file larger than `maxBytes`. Errors never carry the file's content.
 */
export async function readRegularFile(
  path: string,
  maxBytes: number,
): Promise<{ text: string; info: BigIntStats } | null> {
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // O_NOFOLLOW on a link: ELOOP (Linux, macOS) or EMLINK (FreeBSD).
    if (code === 'ELOOP' || code === 'EMLINK' || code === 'EISDIR') {
      throw new AppError('damaged', NOT_REGULAR);
    }
    throw error;
  }
  try {
    const info = await handle.stat({ bigint: true });
    if (!info.isFile()) throw new AppError('damaged', NOT_REGULAR);
    if (info.size > BigInt(maxBytes)) {
      throw new AppError(
        'damaged',
        `The file is too large to be a session (${megabytes(info.size)}).`,
      );
    }
    const text = await handle.readFile('utf8');
    return { text, info };
  } finally {
    await handle.close();
  }
}

function megabytes(bytes: bigint): string {
  return `${(Number(bytes) / 1024 / 1024).toFixed(1)} MB`;
}
