import { chmod, copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Session } from '../../shared/session';
import { fileStamp, type DataPaths } from './dataPaths';
import { PRIVATE_FILE, PRIVATE_FOLDER } from './dataFolder';
import { readRegularFile } from './regularFile';
import { MAX_SESSION_FILE_BYTES, parseSessionText } from './sessionFile';

export const BACKUPS_KEPT = 5;
/** One backup per session per interval is plenty; a backup on every keystroke is not. */
export const BACKUP_INTERVAL_MS = 60_000;

export class Backups {
  private readonly lastBackupAt = new Map<string, number>();

  constructor(
    private readonly paths: DataPaths,
    private readonly clock: () => Date,
  ) {}

  /** Copies the current (known good) file before it is overwritten, at most once per interval. */
  async beforeOverwrite(id: string): Promise<void> {
    const now = this.clock().getTime();
    const last = this.lastBackupAt.get(id);
    if (last !== undefined && now - last < BACKUP_INTERVAL_MS) return;
    const folder = this.paths.backupFolder(id);
    await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER });
    const copy = join(folder, `${fileStamp(new Date(now))}.json`);
    try {
      await copyFile(this.paths.session(id), copy);
      // copyFile keeps the source's mode; a file of an older version may be readable for all.
      if (process.platform !== 'win32') await chmod(copy, PRIVATE_FILE);
    } catch (error) {
      // A half-written copy (a full disk) is no backup: remove it, and change nothing.
      await rm(copy, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    this.lastBackupAt.set(id, now);
    await this.prune(id);
  }

  async list(id: string): Promise<string[]> {
    try {
      const names = await readdir(this.paths.backupFolder(id));
      return names
        .filter((n) => n.endsWith('.json'))
        .sort()
        .reverse()
        .map((n) => join(this.paths.backupFolder(id), n));
    } catch {
      return [];
    }
  }

  /** The newest backup that reads as a valid session. */
  async latestGood(id: string): Promise<{ path: string; session: Session }> {
    for (const path of await this.list(id)) {
      try {
        const file = await readRegularFile(path, MAX_SESSION_FILE_BYTES);
        if (file) return { path, session: parseSessionText(file.text) };
      } catch {
        /* a damaged (or unreadable, or not regular) backup is skipped; an older one may be fine */
      }
    }
    throw new AppError('noBackup', `There is no good backup of session ${id}.`);
  }

  async remove(id: string): Promise<void> {
    this.lastBackupAt.delete(id);
    await rm(this.paths.backupFolder(id), { recursive: true, force: true });
  }

  private async prune(id: string): Promise<void> {
    const all = await this.list(id);
    // Best effort: an old backup that cannot be removed must not stop the change being saved.
    await Promise.all(
      all.slice(BACKUPS_KEPT).map((path) => rm(path, { force: true }).catch(() => undefined)),
    );
  }
}
