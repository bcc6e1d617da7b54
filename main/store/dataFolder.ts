import { chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isValidId } from '../../shared/ids';
import { temporaryFileOf } from './atomicFile';
import type { DataPaths } from './dataPaths';
import { tryLock } from './sessionLock';

/**
 * Folders and files of the data folder are the facilitator's alone on Linux and macOS: folders
 * 0700, files 0600 (writeFileAtomic, backups). Windows keeps its own access lists.
 */
export const PRIVATE_FOLDER = 0o700;
export const PRIVATE_FILE = 0o600;
const POSIX = process.platform !== 'win32';

/**
 * Makes the data folder and its subfolders, private. Subfolders an older version made
 * readable for others are made private too (they are the app's own); a data folder that
 * already existed keeps its mode (it may be a folder the user chose and shares on purpose).
 */
export async function makeDataFolders(paths: DataPaths): Promise<void> {
  await mkdir(paths.root, { recursive: true, mode: PRIVATE_FOLDER });
  for (const folder of [paths.sessions, paths.backups, paths.trash]) {
    const created = await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER });
    if (!created) await makePrivate(folder, PRIVATE_FOLDER);
  }
  await makePrivate(paths.listingCache, PRIVATE_FILE);
}

/** Best effort: a read-only data folder can still be opened to look at the sessions. */
export async function makePrivate(path: string, mode: number): Promise<void> {
  if (!POSIX) return;
  try {
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0) await chmod(path, mode);
  } catch {
    /* missing, or not ours to change */
  }
}

/** Temporary files older than this are leftovers, whoever wrote them. */
const OLD_MS = 60 * 60 * 1000;

/**
 * Removes the temporary files of writes that crashed. A session's are removed when its lock
 * is free (every write of a session happens under its lock, so nobody is writing them);
 * others (the session list's cache) when the process that made them has ended, or when they
 * are an hour old (its number may have been given to a new process).
 */
export async function removeLeftovers(paths: DataPaths, now: number): Promise<void> {
  const bySession = new Map<string, string[]>();
  for (const name of await readdir(paths.sessions)) {
    const temporary = temporaryFileOf(name);
    if (!temporary) continue;
    const id = temporary.target.endsWith('.json') ? temporary.target.slice(0, -5) : '';
    if (isValidId(id)) bySession.set(id, [...(bySession.get(id) ?? []), name]);
    else await removeIfAbandoned(join(paths.sessions, name), temporary.pid, now);
  }
  for (const [id, names] of bySession) {
    await removeSessionLeftovers(paths, id, names);
  }
  for (const name of await readdir(paths.root)) {
    const temporary = temporaryFileOf(name);
    if (temporary) await removeIfAbandoned(join(paths.root, name), temporary.pid, now);
  }
}

/** The names of the temporary files of session `id`; only its lock's holder may remove them. */
export async function sessionLeftovers(paths: DataPaths, id: string): Promise<string[]> {
  return (await readdir(paths.sessions)).filter(
    (name) => temporaryFileOf(name)?.target === `${id}.json`,
  );
}

async function removeSessionLeftovers(paths: DataPaths, id: string, names: string[]) {
  const release = await tryLock(paths.session(id));
  if (!release) return; // Being written right now: its temporary file is in use.
  try {
    await Promise.all(names.map((name) => rm(join(paths.sessions, name), { force: true })));
  } finally {
    await release();
  }
}

async function removeIfAbandoned(path: string, pid: number, now: number): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info) return;
  if (!isRunning(pid) || now - info.mtimeMs > OLD_MS) {
    await rm(path, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
