import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type {
  DamagedSession,
  SessionListItem,
  SessionSummary,
  SessionView,
  TrashItem,
  ImportResult,
} from '../../shared/api';
import { apply, type Command } from '../../shared/commands';
import { AppError } from '../../shared/errors';
import { idSchema, newId } from '../../shared/ids';
import { repeatSession } from '../../shared/repeat';
import {
  newSession,
  participantCount,
  sessionSchema,
  type CreateSessionInput,
  type Session,
} from '../../shared/session';
import { Backups } from './backups';
import { validateChange } from './validateChange';
import { DataPaths, fileStamp } from './dataPaths';
import { parseSessionText, SessionFile } from './sessionFile';
import { Trash } from './trash';
import { exportSessionFile, parseImport } from './transfer';
import { ListingCache } from './listingCache';

/** How many changes undo can take back per session (in memory, for this run of the app). */
export const UNDO_LIMIT = 100;

interface OpenSession {
  db: Low<Session>;
  /** mtime + size after our last read or write: a change by someone else forces a reload. */
  version: string;
  undo: Session[];
  redo: Session[];
}

/**
 * The sessions on disk. Every change goes through here: validated, applied by the pure
 * `apply`, written atomically, one at a time per session, with undo snapshots kept in memory.
 */
export class SessionStore {
  readonly paths: DataPaths;
  private readonly backups: Backups;
  private readonly trash: Trash;
  private readonly open = new Map<string, OpenSession>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly summaries: ListingCache;

  private constructor(dataDir: string) {
    this.paths = new DataPaths(dataDir);
    this.backups = new Backups(this.paths);
    this.trash = new Trash(this.paths, this.backups);
    this.summaries = new ListingCache(this.paths.listingCache);
  }

  static async open(dataDir: string): Promise<SessionStore> {
    const store = new SessionStore(dataDir);
    for (const folder of [store.paths.sessions, store.paths.backups, store.paths.trash]) {
      try {
        await mkdir(folder, { recursive: true });
      } catch (error) {
        throw new AppError(
          'internal',
          `The data folder ${dataDir} cannot be used (${(error as Error).message}).`,
        );
      }
    }
    await removeStaleTemporaryFiles(store.paths.sessions);
    return store;
  }

  get dataDir(): string {
    return this.paths.root;
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Every session, newest change first; damaged files are listed with the reason. */
  async list(): Promise<SessionListItem[]> {
    const names = await readdir(this.paths.sessions);
    const ids = names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter((id) => idSchema.safeParse(id).success);
    const cached = await this.summaries.load();
    const items = await Promise.all(ids.map((id) => this.listItem(id)));
    const present = new Set(ids);
    for (const id of cached.keys()) if (!present.has(id)) this.summaries.delete(id);
    await this.summaries.save();
    return items
      .filter((item): item is SessionListItem => item !== null)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async get(id: string): Promise<Session> {
    return (await this.load(id)).db.data;
  }

  async getView(id: string): Promise<SessionView> {
    return view(await this.load(id));
  }

  // ---- changing --------------------------------------------------------------------------

  async create(input: CreateSessionInput): Promise<SessionSummary> {
    let session: Session;
    try {
      session = newSession(newId(), input);
    } catch (error) {
      throw new AppError('invalidInput', (error as Error).message);
    }
    await this.writeNew(session);
    return summarise(session);
  }

  async execute(id: string, command: Command): Promise<SessionView> {
    return this.executeMany(id, [command]);
  }

  /**
   * Applies all commands as one change (one undo step); if one fails, or the result would not
   * read back as a valid session, nothing changes.
   */
  async executeMany(id: string, commands: readonly Command[]): Promise<SessionView> {
    return this.serialised(id, async () => {
      const entry = await this.load(id);
      const before = entry.db.data;
      let next = before;
      for (const command of commands) next = apply(next, command);
      validateChange(sessionSchema, before, next);
      await this.commit(id, entry, next);
      entry.undo.push(before);
      if (entry.undo.length > UNDO_LIMIT) entry.undo.shift();
      entry.redo = [];
      return view(entry);
    });
  }

  async undo(id: string): Promise<SessionView> {
    return this.serialised(id, async () => {
      const entry = await this.load(id);
      const previous = entry.undo.pop();
      if (!previous) throw new AppError('nothingToUndo', 'There is nothing to undo.');
      const current = entry.db.data;
      await this.commit(id, entry, previous);
      entry.redo.push(current);
      return view(entry);
    });
  }

  async redo(id: string): Promise<SessionView> {
    return this.serialised(id, async () => {
      const entry = await this.load(id);
      const next = entry.redo.pop();
      if (!next) throw new AppError('nothingToRedo', 'There is nothing to redo.');
      const current = entry.db.data;
      await this.commit(id, entry, next);
      entry.undo.push(current);
      return view(entry);
    });
  }

  /** "Repeat this workshop": same settings, groups and wishes, no answers. */
  async duplicate(id: string): Promise<SessionSummary> {
    const source = await this.get(id);
    const copy = repeatSession(source, newId());
    await this.writeNew(copy);
    return summarise(copy);
  }

  async delete(id: string): Promise<TrashItem> {
    this.assertId(id);
    return this.serialised(id, async () => {
      this.forget(id);
      return this.trash.put(id);
    });
  }

  async listTrash(): Promise<TrashItem[]> {
    return this.trash.list();
  }

  async restoreFromTrash(id: string): Promise<SessionSummary> {
    this.assertId(id);
    return this.serialised(id, async () => {
      const path = this.paths.session(id);
      if (await exists(path)) {
        throw new AppError('invalidInput', `A session with id ${id} already exists.`);
      }
      await this.trash.restore(id, path);
      this.forget(id);
      const item = await this.listItem(id);
      if (item?.status !== 'ok') {
        throw new AppError('damaged', `The restored session is damaged: ${item?.reason ?? ''}`);
      }
      return item;
    });
  }

  /**
   * Puts the newest good backup back. The damaged file is first moved aside, never deleted,
   * so its bytes stay available for a rescue by hand.
   */
  async restoreBackup(id: string): Promise<SessionSummary> {
    this.assertId(id);
    return this.serialised(id, async () => {
      const { session } = await this.backups.latestGood(id);
      const path = this.paths.session(id);
      if (await exists(path)) {
        await rename(path, path.replace(/\.json$/, `.damaged-${fileStamp()}.json`));
      }
      this.forget(id);
      await new SessionFile(path).write(session);
      return summarise(session);
    });
  }

  async exportSession(id: string): Promise<{ fileName: string; json: string }> {
    return exportSessionFile(await this.get(id));
  }

  /** Validates everything before touching the disk; a rejected file changes nothing. */
  async importSession(text: string): Promise<ImportResult> {
    const imported = parseImport(text);
    const renamedId = await exists(this.paths.session(imported.id));
    const session = renamedId ? { ...imported, id: newId() } : imported;
    await this.writeNew(session);
    return { summary: summarise(session), renamedId };
  }

  // ---- internals -------------------------------------------------------------------------

  private assertId(id: string): void {
    if (!idSchema.safeParse(id).success) {
      throw new AppError('notFound', `"${id}" is not a session id.`);
    }
  }

  private async load(id: string): Promise<OpenSession> {
    this.assertId(id);
    const path = this.paths.session(id);
    const version = await fileVersion(path);
    if (version === null) {
      this.forget(id);
      throw new AppError('notFound', `There is no session with id ${id}.`);
    }
    const cached = this.open.get(id);
    if (cached && cached.version === version) return cached;
    const file = new SessionFile(path);
    const data = await file.read();
    if (!data) throw new AppError('notFound', `There is no session with id ${id}.`);
    const db = new Low<Session>(file, data);
    const entry: OpenSession = { db, version, undo: [], redo: [] };
    this.open.set(id, entry);
    return entry;
  }

  private async commit(id: string, entry: OpenSession, next: Session): Promise<void> {
    await this.backups.beforeOverwrite(id);
    entry.db.data = { ...next, updatedAt: new Date().toISOString() };
    await entry.db.write();
    entry.version = (await fileVersion(this.paths.session(id))) ?? '';
  }

  private async writeNew(session: Session): Promise<void> {
    await new SessionFile(this.paths.session(session.id)).write(session);
  }

  private forget(id: string): void {
    this.open.delete(id);
    this.summaries.delete(id);
  }

  private async listItem(id: string): Promise<SessionListItem | null> {
    const path = this.paths.session(id);
    let info;
    try {
      info = await stat(path);
    } catch {
      return null;
    }
    const version = `${info.mtimeMs}:${info.size}`;
    const cached = (await this.summaries.load()).get(id);
    if (cached && cached.version === version) return cached.item;
    let item: SessionListItem;
    try {
      item = summarise(parseSessionText(await readFile(path, 'utf8')));
    } catch (error) {
      const damaged: DamagedSession = {
        status: 'damaged',
        id,
        reason: (error as Error).message,
        updatedAt: info.mtime.toISOString(),
        hasBackup: (await this.backups.list(id)).length > 0,
      };
      item = damaged;
    }
    this.summaries.set(id, { version, item });
    return item;
  }

  /** Runs one operation per session at a time, in order of arrival. */
  private serialised<T>(id: string, operation: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const tail = result.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return result;
  }
}

function view(entry: OpenSession): SessionView {
  return {
    session: entry.db.data,
    canUndo: entry.undo.length > 0,
    canRedo: entry.redo.length > 0,
  };
}

export function summarise(session: Session): SessionSummary {
  return {
    status: 'ok',
    id: session.id,
    name: session.name,
    organisation: session.organisation,
    date: session.date,
    facilitator: session.facilitator,
    language: session.language,
    participants: participantCount(session),
    updatedAt: session.updatedAt,
  };
}

async function fileVersion(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.mtimeMs}:${info.size}`;
  } catch {
    return null;
  }
}

/** Temporary files left by a write that crashed; a young one may be another process's write. */
async function removeStaleTemporaryFiles(folder: string, now = Date.now()): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!name.endsWith('.tmp')) continue;
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > 60 * 60 * 1000) await rm(path, { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  return (await fileVersion(path)) !== null;
}
