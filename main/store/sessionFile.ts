import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Adapter } from 'lowdb';
import { AppError } from '../../shared/errors';
import { migrate } from '../../shared/migrations';
import { sessionSchema, type Session } from '../../shared/session';
import { writeFileAtomic } from './atomicFile';
import { serialiseSession } from './serialise';

/** Turns a session file's text into a valid, current Session, or says what is wrong. */
export function parseSessionText(text: string): Session {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === '' ? 'the file is empty' : (error as Error).message;
    throw new AppError('damaged', `Not valid JSON (${detail}).`);
  }
  let current: unknown;
  try {
    current = migrate(raw);
  } catch (error) {
    if (error instanceof AppError && error.code === 'newerVersion') throw error;
    throw new AppError('damaged', (error as Error).message);
  }
  const result = sessionSchema.safeParse(current);
  if (!result.success) {
    throw new AppError('damaged', `Not a valid session: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * lowdb adapter for one session file: reads with full validation (a damaged file throws and is
 * left exactly as it is) and writes atomically with fsync.
 */
export class SessionFile implements Adapter<Session> {
  constructor(readonly path: string) {}

  async read(): Promise<Session | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('damaged', `The file cannot be read (${(error as Error).message}).`);
    }
    return parseSessionText(text);
  }

  async write(session: Session): Promise<void> {
    await writeFileAtomic(this.path, serialiseSession(session));
  }
}
