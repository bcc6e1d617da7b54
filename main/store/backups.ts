import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Session } from '../../shared/session';
import { fileStamp, type DataPaths } from './dataPaths';
import { parseSessionText } from './sessionFile';

export const BACKUPS_KEPT = 5;
/** One backup per session per interval is plenty; a backup on every keystroke is not. */
export const BACKUP_INTERVAL_MS = 60_000;

export class Backups {
  private readonly lastBackupAt = new Map<string, number>();

  constructor(private readonly paths: DataPaths) {}

  /** Copies the current (known good) file before it is overwritten, at most once per interval. */
  async beforeOverwrite(id: string, now = Date.now()): Promise<void> {
    const last = this.lastBackupAt.get(id);
    if (last !== undefined && now - last < BACKUP_INTERVAL_MS) return;
    const folder = this.paths.backupFolder(id);
    await mkdir(folder, { recursive: true });
    try {
      await copyFile(this.paths.session(id), join(folder, `${fileStamp(new Date(now))}.json`));
    } catch (error) {
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
        return { path, session: parseSessionText(await readFile(path, 'utf8')) };
      } catch {
        /* a damaged backup is skipped; the next older one may be fine */
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
    await Promise.all(all.slice(BACKUPS_KEPT).map((path) => rm(path, { force: true })));
  }
}
