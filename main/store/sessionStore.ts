import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  DamagedSession,
  ExecuteOptions,
  SessionListItem,
  SessionSummary,
  SessionView,
  TrashItem,
  ImportResult,
} from '../../shared/api';
import type { Command } from '../../shared/commands';
import { AppError } from '../../shared/errors';
import { idSchema, newId } from '../../shared/ids';
import { repeatSession } from '../../shared/repeat';
import {
  newSession,
  participantCount,
  type CreateSessionInput,
  type Session,
} from '../../shared/session';
import { Backups } from './backups';
import { applyBatch, type Change } from './applyBatch';
import {
  canRedo,
  canUndo,
  draftOf,
  emptyHistory,
  redoInto,
  undoInto,
  type History,
} from './history';
import { DataPaths, fileStamp } from './dataPaths';
import { makeDataFolders, removeLeftovers, sessionLeftovers } from './dataFolder';
import { readRegularFile, regularFileInfo, versionOf, type FileVersion } from './regularFile';
import { setTimeout as wait } from 'node:timers/promises';
import { LOCK_WAIT_MS, RETRY_MS, waitForLock, type Release } from './sessionLock';
import { MAX_SESSION_FILE_BYTES, parseSessionText, SessionFile } from './sessionFile';
import { plainErrors, storageError } from './systemErrors';
import { Trash } from './trash';
import { exportSessionFile, parseImport } from './transfer';
import { ListingCache } from './listingCache';

export { UNDO_LIMIT } from './history';

/**
 * Changes queued behind the one being written are written under one hold of the session's
 * lock, at most this many writes or this long; then the lock is let go for a pause longer than
 * two tries of another waiting process, so that the CLI or a second window gets its turn.
 */
const BATCH_CHANGES = 32;
const BATCH_MS = 1_000;
const FAIR_PAUSE_MS = 5 * RETRY_MS;

/**
 * Group commit: the executes that arrive while a session's file is being written (a room of
 * phones answering at once) wait together and are then applied together, each on its own, and
 * written with one write and one fsync. At most this many callers share one write, so that one
 * write never holds a crowd's worth of work.
 */
export const GROUP_COMMIT_MAX = 1_000;

/** An execute waiting for its group's write. */
interface Waiting extends Change {
  resolve(view: SessionView): void;
  reject(error: unknown): void;
}

interface HeldLock {
  release: Release;
  changes: number;
  since: number;
}

interface OpenSession {
  session: Session;
  /**
   * The version of the file `session` was read from or written to (main/store/regularFile.ts):
   * a change by another process (the CLI, a second window) forces a reload.
   */
  version: FileVersion;
  /** That file's mtime, which the next write must pass (main/store/atomicFile.ts). */
  mtimeNs: bigint;
  history: History;
}

export interface StoreOptions {
  /**
   * The clock behind updatedAt, the one-backup-a-minute rule, the trash's 30 days and the age of
   * leftover temporary files: the real one by default, a hand-moved one in tests (no sleeping).
   */
  now?: () => Date;
  /**
   * How long a change waits for another process that holds the session's lock before it is
   * refused as 'sessionBusy' (main/store/sessionLock.ts).
   */
  lockWaitMs?: number;
}

/**
 * The sessions on disk. Every change goes through here: validated, applied by the pure
 * `apply`, written atomically, one at a time per session in this process and, through the
 * session's lock, across processes (the app, the CLI, a second window), with undo snapshots
 * kept in memory. A change that cannot be written changes nothing: not the file, not the
 * session in memory, not the undo history.
 */
export class SessionStore {
  readonly paths: DataPaths;
  private readonly backups: Backups;
  private readonly trash: Trash;
  private readonly open = new Map<string, OpenSession>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly summaries: ListingCache;
  private readonly now: () => Date;
  private readonly lockWaitMs: number;
  /** Sessions whose crashed writes' temporary files this process has looked for. */
  private readonly swept = new Set<string>();
  /** The session locks this process holds, and the changes queued per session. */
  private readonly held = new Map<string, HeldLock>();
  private readonly pending = new Map<string, number>();
  /** When this process may take a session's lock again after letting it go (FAIR_PAUSE_MS). */
  private readonly resumeAt = new Map<string, number>();
  /**
   * Per session, the group of executes still taking newcomers: queued, not yet started. Any
   * other change closes it, so that changes keep their order of arrival.
   */
  private readonly gathering = new Map<string, Waiting[]>();

  private constructor(dataDir: string, options: StoreOptions) {
    this.now = options.now ?? (() => new Date());
    this.lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
    this.paths = new DataPaths(dataDir);
    this.backups = new Backups(this.paths, this.now);
    this.trash = new Trash(this.paths, this.backups, this.now);
    this.summaries = new ListingCache(this.paths.listingCache);
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<SessionStore> {
    const store = new SessionStore(dataDir, options);
    await plainErrors('open', () => makeDataFolders(store.paths));
    // Leftovers of crashed writes. Best effort: a read-only data folder still opens, to read.
    await removeLeftovers(store.paths, store.now().getTime()).catch(() => undefined);
    return store;
  }

  get dataDir(): string {
    return this.paths.root;
  }

  // ---- reading ---------------------------------------------------------------------------

  /**
   * Every session, newest change first; damaged files are listed with the reason, and so is a
   * name that is not a regular file (a folder, a link, a FIFO), which is never opened.
   */
  async list(): Promise<SessionListItem[]> {
    return plainErrors('read', async () => {
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
    });
  }

  async get(id: string): Promise<Session> {
    return this.read(id, (entry) => entry.session);
  }

  async getView(id: string): Promise<SessionView> {
    return this.read(id, view);
  }

  // ---- changing --------------------------------------------------------------------------

  async create(input: CreateSessionInput): Promise<SessionSummary> {
    let session: Session;
    try {
      session = newSession(newId(), input, this.now());
    } catch (error) {
      throw new AppError('invalidInput', (error as Error).message);
    }
    await plainErrors('save', () => this.writeNew(session));
    return summarise(session);
  }

  async execute(id: string, command: Command, options?: ExecuteOptions): Promise<SessionView> {
    return this.executeMany(id, [command], options);
  }

  /**
   * Applies all commands as one change; if one fails, or the result would not read back as a
   * valid session, nothing of it changes. Resolves once the change is on disk.
   *
   * Undoable by default (one undo step). `{ undoable: false }` is for participants' answers
   * (phones, participant mode): the facilitator's undo never takes those back (see History).
   *
   * Group commit: executes of one session that arrive while it is being written wait together
   * and share the next write (one lock, one fsync), each still applied and refused on its own
   * and each its own undo step. A failed write refuses all of them and changes nothing.
   */
  executeMany(
    id: string,
    commands: readonly Command[],
    options: ExecuteOptions = {},
  ): Promise<SessionView> {
    return new Promise<SessionView>((resolve, reject) => {
      this.assertId(id);
      const waiting: Waiting = { commands, undoable: options.undoable ?? true, resolve, reject };
      const group = this.gathering.get(id);
      if (group && group.length < GROUP_COMMIT_MAX) {
        group.push(waiting);
        return;
      }
      const fresh = [waiting];
      this.change(id, async () => {
        // Started: whoever comes now waits for the next write.
        if (this.gathering.get(id) === fresh) this.gathering.delete(id);
        return this.commitGroup(id, fresh);
      }).then(
        (outcome) => settle(fresh, outcome),
        (error: unknown) => {
          // Refused before it started (the lock): nobody may join it any more.
          if (this.gathering.get(id) === fresh) this.gathering.delete(id);
          fresh.forEach((w) => w.reject(error));
        },
      );
      // After change(): it closes any earlier group of this session, not this one.
      this.gathering.set(id, fresh);
    });
  }

  async undo(id: string): Promise<SessionView> {
    return this.change(id, async () => {
      const entry = await this.load(id);
      const history = draftOf(entry.history);
      await this.commit(id, entry, undoInto(history, entry.session));
      entry.history = history;
      return view(entry);
    });
  }

  async redo(id: string): Promise<SessionView> {
    return this.change(id, async () => {
      const entry = await this.load(id);
      const history = draftOf(entry.history);
      await this.commit(id, entry, redoInto(history, entry.session));
      entry.history = history;
      return view(entry);
    });
  }

  /** "Repeat this workshop": same settings, groups and wishes, no answers. */
  async duplicate(id: string): Promise<SessionSummary> {
    const source = await this.get(id);
    const copy = repeatSession(source, newId(), this.now());
    await plainErrors('save', () => this.writeNew(copy));
    return summarise(copy);
  }

  async delete(id: string): Promise<TrashItem> {
    return this.change(id, async () => {
      this.forget(id);
      return this.trash.put(id);
    });
  }

  async listTrash(): Promise<TrashItem[]> {
    return plainErrors('read', () => this.trash.list());
  }

  async restoreFromTrash(id: string): Promise<SessionSummary> {
    return this.change(id, async () => {
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
    return this.change(id, async () => {
      const { session } = await this.backups.latestGood(id);
      const path = this.paths.session(id);
      if (await exists(path)) {
        await rename(path, path.replace(/\.json$/, `.damaged-${fileStamp(this.now())}.json`));
      }
      this.forget(id);
      await new SessionFile(path).write(session);
      return summarise(session);
    });
  }

  async exportSession(id: string): Promise<{ fileName: string; json: string }> {
    return exportSessionFile(await this.get(id));
  }

  /**
   * Validates everything before touching the disk; a rejected file changes nothing. A file
   * whose id is taken (here or by another process at the same moment) gets a new id.
   */
  async importSession(text: string): Promise<ImportResult> {
    const { session: imported, repairs } = parseImport(text);
    const placed = await this.change(imported.id, async () => {
      if (await exists(this.paths.session(imported.id))) return null;
      await this.writeNew(imported);
      return imported;
    });
    const session = placed ?? { ...imported, id: newId() };
    if (!placed) await plainErrors('save', () => this.writeNew(session));
    return { summary: summarise(session), renamedId: !placed, repairs };
  }

  // ---- internals -------------------------------------------------------------------------

  private assertId(id: string): void {
    if (!idSchema.safeParse(id).success) {
      throw new AppError('notFound', `"${id}" is not a session id.`);
    }
  }

  /**
   * The session as on disk now: the copy in memory while the file is the very version it was
   * read from or written as, else read again (another process changed it; the undo history,
   * which would undo that change, starts anew).
   */
  private async load(id: string): Promise<OpenSession> {
    const path = this.paths.session(id);
    const info = await regularFileInfo(path);
    const cached = this.open.get(id);
    if (info && cached && cached.version === versionOf(info)) return cached;
    const file = info && (await new SessionFile(path).readVersioned());
    if (!file) {
      this.forget(id);
      throw new AppError('notFound', `There is no session with id ${id}.`);
    }
    const entry: OpenSession = { ...file, history: emptyHistory() };
    this.open.set(id, entry);
    return entry;
  }

  /**
   * One group of executes (see executeMany): applied each on its own, written once if any was
   * accepted, and only then kept in memory and history. The same view answers all accepted.
   */
  private async commitGroup(id: string, group: readonly Waiting[]): Promise<GroupOutcome> {
    const entry = await this.load(id);
    const history = draftOf(entry.history);
    const { session, refusals } = applyBatch(entry.session, history, group);
    if (session !== entry.session) {
      await this.commit(id, entry, session);
      entry.history = history;
    }
    return { view: view(entry), refusals };
  }

  /**
   * Writes `next` (with a new updatedAt) and only then makes it the session in memory: if the
   * backup or the write fails, the file, the memory and the undo history are as before.
   */
  private async commit(id: string, entry: OpenSession, next: Session): Promise<void> {
    const stamped = { ...next, updatedAt: this.now().toISOString() };
    await this.backups.beforeOverwrite(id);
    const written = await new SessionFile(this.paths.session(id)).writeVersioned(
      stamped,
      entry.mtimeNs,
    );
    entry.session = stamped;
    entry.version = written.version;
    entry.mtimeNs = written.mtimeNs;
  }

  /** A session with a new id (made here): no other process can be writing it. */
  private async writeNew(session: Session): Promise<void> {
    await new SessionFile(this.paths.session(session.id)).write(session);
  }

  private forget(id: string): void {
    this.open.delete(id);
    this.summaries.delete(id);
  }

  /**
   * Reads session `id` in turn with this process's changes to it (so that a read never sees a
   * write half done and takes the file for someone else's), without the lock: every write
   * replaces the file whole, so a read sees one version or the next.
   */
  private async read<T>(id: string, pick: (entry: OpenSession) => T): Promise<T> {
    this.assertId(id);
    return plainErrors('read', () => this.serialised(id, async () => pick(await this.load(id))));
  }

  /**
   * Runs a change of session `id`: one at a time in this process, under the session's lock
   * across processes (kept for the changes queued behind it, see BATCH_CHANGES), with system
   * errors in plain words.
   */
  private async change<T>(id: string, operation: () => Promise<T>): Promise<T> {
    this.assertId(id);
    // Executes arriving after this change wait for it: they must not join a group before it.
    this.gathering.delete(id);
    this.pending.set(id, (this.pending.get(id) ?? 0) + 1);
    return plainErrors('save', () =>
      this.serialised(id, async () => {
        try {
          await this.hold(id);
          return await operation();
        } finally {
          const left = this.pending.get(id)! - 1;
          if (left > 0) this.pending.set(id, left);
          else this.pending.delete(id);
          await this.letGo(id, left);
        }
      }),
    );
  }

  /**
   * Takes the session's lock unless this process holds it already. The first time per session
   * per process, the temporary files of crashed writes are removed: under the lock nobody else
   * is writing them.
   */
  private async hold(id: string): Promise<void> {
    if (this.held.has(id)) return;
    const pause = (this.resumeAt.get(id) ?? 0) - Date.now();
    if (pause > 0) await wait(pause);
    const release = await waitForLock(this.paths.session(id), this.lockWaitMs);
    this.held.set(id, { release, changes: 0, since: Date.now() });
    if (!this.swept.has(id)) {
      this.swept.add(id);
      const names = await sessionLeftovers(this.paths, id).catch(() => []);
      await Promise.all(names.map((n) => rm(join(this.paths.sessions, n), { force: true })));
    }
  }

  /** Lets the lock go when no change is queued behind, or when the batch is full. */
  private async letGo(id: string, queued: number): Promise<void> {
    const held = this.held.get(id);
    if (!held) return;
    held.changes++;
    const batchFull = held.changes >= BATCH_CHANGES || Date.now() - held.since >= BATCH_MS;
    if (queued > 0 && !batchFull) return;
    this.held.delete(id);
    if (queued > 0) this.resumeAt.set(id, Date.now() + FAIR_PAUSE_MS);
    else this.resumeAt.delete(id);
    await held.release();
  }

  private async listItem(id: string): Promise<SessionListItem | null> {
    const path = this.paths.session(id);
    let info;
    try {
      info = await regularFileInfo(path);
    } catch (error) {
      // Not a regular file, or not readable: listed as damaged, never opened.
      return this.damaged(id, error, new Date());
    }
    if (!info) return null;
    let version = versionOf(info);
    const cached = (await this.summaries.load()).get(id);
    if (cached && cached.version === version) return cached.item;
    let item: SessionListItem;
    try {
      const file = await readRegularFile(path, MAX_SESSION_FILE_BYTES);
      if (!file) return null;
      item = summarise(parseSessionText(file.text));
      // The version actually read: the file may have been replaced since the lstat above.
      version = versionOf(file.info);
    } catch (error) {
      item = await this.damaged(id, error, info.mtime);
    }
    this.summaries.set(id, { version, item });
    return item;
  }

  private async damaged(id: string, error: unknown, updatedAt: Date): Promise<DamagedSession> {
    const plain = storageError(error, 'read');
    return {
      status: 'damaged',
      id,
      reason: plain instanceof Error ? plain.message : String(plain),
      updatedAt: updatedAt.toISOString(),
      hasBackup: (await this.backups.list(id)).length > 0,
    };
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
    session: entry.session,
    canUndo: canUndo(entry.history),
    canRedo: canRedo(entry.history),
  };
}

interface GroupOutcome {
  view: SessionView;
  refusals: unknown[];
}

/** Answers each caller of a written group: the session after it, or why theirs was refused. */
function settle(group: readonly Waiting[], { view, refusals }: GroupOutcome): void {
  group.forEach((waiting, index) => {
    const refusal = refusals[index];
    if (refusal === undefined) waiting.resolve(view);
    else waiting.reject(storageError(refusal, 'save'));
  });
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

/** Whether there is anything under that name (a file, or a folder, link or FIFO in its way). */
async function exists(path: string): Promise<boolean> {
  try {
    return (await regularFileInfo(path)) !== null;
  } catch {
    return true;
  }
}
