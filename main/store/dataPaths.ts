import { join } from 'node:path';

/**
 * The data folder:
 *   sessions/<id>.json                     one file per session
 *   sessions/<id>.damaged-<time>.json      a damaged file moved aside by "restore backup"
 *   backups/<id>/<time>.json               the last few good versions of a session
 *   trash/<id>.<deletedAtMs>.json          deleted sessions, kept for 30 days
 *   session-list.json                      cache of the list's summaries (rebuilt at will)
 */
export class DataPaths {
  readonly sessions: string;
  readonly backups: string;
  readonly trash: string;
  readonly listingCache: string;

  constructor(readonly root: string) {
    this.listingCache = join(root, 'session-list.json');
    this.sessions = join(root, 'sessions');
    this.backups = join(root, 'backups');
    this.trash = join(root, 'trash');
  }

  session(id: string): string {
    return join(this.sessions, `${id}.json`);
  }

  backupFolder(id: string): string {
    return join(this.backups, id);
  }

  trashFile(id: string, deletedAtMs: number): string {
    return join(this.trash, `${id}.${deletedAtMs}.json`);
  }
}

/** A file-system-safe time stamp that sorts as text: 2026-11-25T14-03-07-123Z. */
export function fileStamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
