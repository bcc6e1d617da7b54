import { readdir, rename, rm } from 'node:fs/promises';
import type { TrashItem } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Backups } from './backups';
import type { DataPaths } from './dataPaths';
import { readRegularFile } from './regularFile';
import { MAX_SESSION_FILE_BYTES } from './sessionFile';
import { join } from 'node:path';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deleted sessions: the file is moved, bytes unchanged (a damaged file can be deleted too),
 * to trash/<id>.<deletedAtMs>.json and removed for good, with its backups, after 30 days.
 */
export class Trash {
  constructor(
    private readonly paths: DataPaths,
    private readonly backups: Backups,
    private readonly clock: () => Date,
  ) {}

  async put(id: string): Promise<TrashItem> {
    const now = this.clock().getTime();
    const target = this.paths.trashFile(id, now);
    try {
      await rename(this.paths.session(id), target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('notFound', `There is no session with id ${id}.`);
      }
      throw error;
    }
    return describe(id, now, target);
  }

  async list(): Promise<TrashItem[]> {
    const now = this.clock().getTime();
    const items: TrashItem[] = [];
    for (const { id, deletedAt, path } of await this.files()) {
      if (now - deletedAt > TRASH_DAYS * DAY_MS) {
        // Best effort: what cannot be removed now (not a file, say) is tried again next time.
        await rm(path, { force: true }).catch(() => undefined);
        await this.backups.remove(id).catch(() => undefined);
        continue;
      }
      items.push(await describe(id, deletedAt, path));
    }
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /** Moves the newest trashed copy of `id` back to `target` (the sessions folder). */
  async restore(id: string, target: string): Promise<void> {
    const newest = (await this.files())
      .filter((f) => f.id === id)
      .sort((a, b) => b.deletedAt - a.deletedAt)[0];
    if (!newest) throw new AppError('notFound', `Session ${id} is not in the trash.`);
    await rename(newest.path, target);
  }

  private async files(): Promise<{ id: string; deletedAt: number; path: string }[]> {
    const names = await readdir(this.paths.trash);
    return names.flatMap((name) => {
      const match = /^([a-z0-9-]+)\.(\d+)\.json$/.exec(name);
      if (!match) return [];
      return [{ id: match[1]!, deletedAt: Number(match[2]), path: join(this.paths.trash, name) }];
    });
  }
}

async function describe(id: string, deletedAt: number, path: string): Promise<TrashItem> {
  let name = id;
  let organisation = '';
  try {
    // Never follows a link nor opens a FIFO (main/store/regularFile.ts).
    const file = await readRegularFile(path, MAX_SESSION_FILE_BYTES);
    const raw = JSON.parse(file?.text ?? '') as Record<string, unknown>;
    if (typeof raw.name === 'string') name = raw.name;
    if (typeof raw.organisation === 'string') organisation = raw.organisation;
  } catch {
    /* a damaged file (or not a regular file) in the trash is listed by its id */
  }
  return {
    id,
    name,
    organisation,
    deletedAt: new Date(deletedAt).toISOString(),
    purgeAt: new Date(deletedAt + TRASH_DAYS * DAY_MS).toISOString(),
  };
}
