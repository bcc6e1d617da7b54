import { z } from 'zod';
import type { Adapter } from 'lowdb';
import { MAX_SESSION_IMPORT_BYTES } from '../../shared/api';
import { AppError } from '../../shared/errors';
import { migrate } from '../../shared/migrations';
import { sessionSchema, type Session } from '../../shared/session';
import { writeFileAtomic } from './atomicFile';
import { readRegularFile, versionOf, type FileVersion } from './regularFile';
import { serialiseSession } from './serialise';

/**
 * The largest session file read. A session grows past the import limit only in a workshop far
 * larger than the app is made for; a bigger file is not a session (and would fill the memory).
 */
export const MAX_SESSION_FILE_BYTES = 4 * MAX_SESSION_IMPORT_BYTES;

/** Turns a session file's text into a valid, current Session, or says what is wrong. */
export function parseSessionText(text: string): Session {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppError('damaged', `Not valid JSON (${jsonProblem(text, error)}).`);
  }
  let current: unknown;
  try {
    current = migrate(raw);
  } catch (error) {
    if (error instanceof AppError && error.code === 'newerVersion') throw error;
    throw new AppError('damaged', tooDeep(error) ?? (error as Error).message);
  }
  let result;
  try {
    result = sessionSchema.safeParse(current);
  } catch (error) {
    throw new AppError('damaged', tooDeep(error) ?? 'Not a valid session.');
  }
  if (!result.success) {
    throw new AppError('damaged', `Not a valid session: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * Where JSON.parse stopped, without its message: that quotes the text around the mistake, which
 * for a file that is not a session (a link to /etc/passwd, once) is someone else's content.
 */
function jsonProblem(text: string, error: unknown): string {
  if (text.trim() === '') return 'the file is empty';
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input|Unterminated/i.test(message)) return 'the text breaks off before the end';
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? 'not a JSON text' : `a mistake at character ${position}`;
}

/** The stack overflow of a deeply nested file, in plain words. */
export function tooDeep(error: unknown): string | undefined {
  return error instanceof RangeError ? 'The file is nested too deeply to be a session.' : undefined;
}

/** Which version of the file a session was read from or written as, and its mtime. */
export interface WrittenVersion {
  version: FileVersion;
  mtimeNs: bigint;
}

/**
 * lowdb adapter for one session file: reads with full validation (a damaged file throws and is
 * left exactly as it is; a link, a folder or a FIFO is refused unread) and writes atomically
 * with fsync.
 */
export class SessionFile implements Adapter<Session> {
  constructor(readonly path: string) {}

  async read(): Promise<Session | null> {
    return (await this.readVersioned())?.session ?? null;
  }

  /** The session and the version of the file it was read from; null when there is no file. */
  async readVersioned(): Promise<({ session: Session } & WrittenVersion) | null> {
    const file = await readRegularFile(this.path, MAX_SESSION_FILE_BYTES);
    if (!file) return null;
    const session = parseSessionText(file.text);
    return { session, version: versionOf(file.info), mtimeNs: file.info.mtimeNs };
  }

  async write(session: Session): Promise<void> {
    await this.writeVersioned(session);
  }

  /**
   * Writes the session and returns the new file's version; `newerThan` is the mtime (ns) of
   * the file it replaces (see writeFileAtomic).
   */
  async writeVersioned(session: Session, newerThan?: bigint): Promise<WrittenVersion> {
    const info = await writeFileAtomic(this.path, serialiseSession(session), { newerThan });
    return { version: versionOf(info), mtimeNs: info.mtimeNs };
  }
}
