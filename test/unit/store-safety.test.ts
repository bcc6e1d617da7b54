import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../main/store/sessionStore';
import { SessionFile } from '../../main/store/sessionFile';
import { lockPath, tryLock } from '../../main/store/sessionLock';
import { writeFileAtomic } from '../../main/store/atomicFile';
import { storageError } from '../../main/store/systemErrors';
import { toErrorData } from '../../main/api';
import { AppError } from '../../shared/errors';
import { manualClock } from '../fixtures/clock';
import { rejection } from '../fixtures/rejection';

let dataDir: string;
let store: SessionStore;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-safety-'));
  clock = manualClock();
  store = await SessionStore.open(dataDir, { now: clock.now });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const sessionsDir = () => join(dataDir, 'sessions');
const sessionPath = (id: string) => join(sessionsDir(), `${id}.json`);

/** A system error as Node makes them: an errno code and a message with the absolute path. */
function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, write '${dataDir}/sessions/x.json'`), { code });
}

describe('one writer per session across processes', () => {
  it('says the session is busy when another process holds its lock, and changes nothing', async () => {
    const { id } = await store.create({ name: 'Bezet' });
    const before = await readFile(sessionPath(id), 'utf8');
    const impatient = await SessionStore.open(dataDir, { now: clock.now, lockWaitMs: 0 });
    const release = await tryLock(sessionPath(id));
    const error = await rejection(impatient.execute(id, { type: 'session.rename', name: 'X' }));
    expect(error.code).toBe('sessionBusy');
    expect(error.message).toMatch(/another program/);
    expect(await readFile(sessionPath(id), 'utf8')).toBe(before);
    await release!();
    await impatient.execute(id, { type: 'session.rename', name: 'Vrij' });
    expect((await store.get(id)).name).toBe('Vrij');
  });

  it('takes over the lock of a process that was killed holding it', async () => {
    const { id } = await store.create({ name: 'Verweesd' });
    // What a killed writer leaves: the lock, no longer refreshed (a minute old).
    await mkdir(lockPath(sessionPath(id)));
    const minuteAgo = (Date.now() - 60_000) / 1000;
    await utimes(lockPath(sessionPath(id)), minuteAgo, minuteAgo);
    const impatient = await SessionStore.open(dataDir, { now: clock.now, lockWaitMs: 0 });
    await impatient.execute(id, { type: 'session.rename', name: 'Overgenomen' });
    expect((await store.get(id)).name).toBe('Overgenomen');
    expect(await readdir(sessionsDir())).toEqual([`${id}.json`]);
  });

  it('reads the session again under the lock when another process changed it', async () => {
    const { id } = await store.create({ name: 'Gedeeld' });
    const app = await SessionStore.open(dataDir, { now: clock.now });
    const cli = await SessionStore.open(dataDir, { now: clock.now });
    await app.execute(id, { type: 'session.addGroup', group: { id: 'g1', name: 'aaaa' } });
    // The same number of bytes, straight after: only the version check can tell.
    await cli.execute(id, { type: 'session.renameGroup', id: 'g1', name: 'bbbb' });
    const view = await app.execute(id, {
      type: 'session.addGroup',
      group: { id: 'g2', name: 'cccc' },
    });
    expect(view.session.groups.map((g) => g.name)).toEqual(['bbbb', 'cccc']);
    // The app's undo history went with the version it held: undo never reverts the CLI's change.
    expect(view.canUndo).toBe(true);
    expect((await app.undo(id)).session.groups.map((g) => g.name)).toEqual(['bbbb']);
  });

  it('gives every write a later mtime than the file it replaces, even within one clock tick', async () => {
    const path = join(dataDir, 'tick.json');
    await writeFile(path, 'een');
    // A file whose mtime is ahead of the clock (a coarse clock, or one set back).
    const ahead = Math.floor(Date.now() / 1000) + 3600;
    await utimes(path, ahead, ahead);
    const previous = (await stat(path, { bigint: true })).mtimeNs;
    const written = await writeFileAtomic(path, 'twee', { newerThan: previous });
    expect(written.mtimeNs > previous).toBe(true);
    expect((await stat(path, { bigint: true })).mtimeNs).toBe(written.mtimeNs);
  });
});

describe('a write that fails changes nothing', () => {
  for (const [code, expected] of [
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EROFS', 'readOnly'],
    ['EACCES', 'noPermission'],
    ['EPERM', 'noPermission'],
    ['EIO', 'storageFailed'],
  ] as const) {
    it(`${code}: the error says so plainly; memory, undo history and disk are as before`, async () => {
      const { id } = await store.create({ name: 'Voor' });
      await store.execute(id, { type: 'session.rename', name: 'Eerste' });
      const bytes = await readFile(sessionPath(id), 'utf8');
      const before = await store.getView(id);
      vi.spyOn(SessionFile.prototype, 'writeVersioned').mockRejectedValueOnce(systemError(code));
      const error = await rejection(
        store.execute(id, { type: 'session.rename', name: 'Afgewezen' }),
      );
      expect(error.code).toBe(expected);
      expect(error.message).toMatch(/^Not saved: /);
      expect(error.message).not.toContain('/');
      expect(error.message).not.toContain(code === 'EIO' ? 'x.json' : code);
      expect(await store.getView(id)).toEqual(before);
      expect(await readFile(sessionPath(id), 'utf8')).toBe(bytes);
      // The next write does not carry the rejected change, and undo still takes back the first.
      const next = await store.execute(id, {
        type: 'session.addGroup',
        group: { id: 'g', name: 'g' },
      });
      expect(next.session.name).toBe('Eerste');
      await store.undo(id);
      expect((await store.undo(id)).session.name).toBe('Voor');
    });
  }

  it('keeps the undo and redo history when undo or redo cannot be written', async () => {
    const { id } = await store.create({ name: 'Een' });
    await store.execute(id, { type: 'session.rename', name: 'Twee' });
    const spy = vi.spyOn(SessionFile.prototype, 'writeVersioned');
    spy.mockRejectedValueOnce(systemError('ENOSPC'));
    expect((await rejection(store.undo(id))).code).toBe('diskFull');
    expect(await store.getView(id)).toMatchObject({ session: { name: 'Twee' }, canUndo: true });
    await store.undo(id);
    spy.mockRejectedValueOnce(systemError('ENOSPC'));
    expect((await rejection(store.redo(id))).code).toBe('diskFull');
    expect(await store.getView(id)).toMatchObject({ session: { name: 'Een' }, canRedo: true });
    expect((await store.redo(id)).session.name).toBe('Twee');
  });
});

describe('system errors in plain words', () => {
  it('maps errno codes to codes and texts without paths, per action', () => {
    const cases: [string, 'save' | 'read' | 'open', string, RegExp][] = [
      ['ENOSPC', 'save', 'diskFull', /disk is full/],
      ['EROFS', 'save', 'readOnly', /read-only/],
      ['EACCES', 'read', 'noPermission', /not allowed to read/],
      ['EPERM', 'open', 'noPermission', /not allowed to create or use/],
      ['EIO', 'read', 'storageFailed', /could not be read.*EIO/],
      ['ENOTDIR', 'open', 'storageFailed', /cannot be used.*ENOTDIR/],
    ];
    for (const [code, action, expected, text] of cases) {
      const error = storageError(systemError(code), action) as AppError;
      expect(error.code).toBe(expected);
      expect(error.message).toMatch(text);
      expect(error.message).not.toContain(dataDir);
    }
  });

  it('the API answers no error with an absolute path in it', () => {
    expect(toErrorData(systemError('ENOSPC'))).toMatchObject({ code: 'diskFull' });
    const bug = toErrorData(new Error(`Cannot read ${dataDir}/sessions/a.json here`));
    expect(bug.code).toBe('internal');
    expect(bug.message).not.toContain(dataDir);
  });

  it('says plainly when the data folder cannot be made', async () => {
    const blocker = join(dataDir, 'een-bestand');
    await writeFile(blocker, 'geen map');
    const error = await rejection(SessionStore.open(join(blocker, 'data')));
    expect(error.code).toBe('storageFailed');
    expect(error.message).toBe(
      'The data folder cannot be used: the disk reported an error (ENOTDIR).',
    );
  });
});

describe('names in the sessions folder that are not regular files', () => {
  const id = 'vreemd';
  const secret = 'root:x:0:0:GEHEIM:/root:/bin/bash';
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  const makers: [string, (path: string) => Promise<void>][] = [
    ['a FIFO', async (path) => void execFileSync('mkfifo', [path])],
    ['a folder', (path) => mkdir(path)],
    [
      'a link to a file elsewhere',
      async (path) => {
        const elsewhere = join(dataDir, 'elders.txt');
        await writeFile(elsewhere, secret);
        await symlink(elsewhere, path);
      },
    ],
    ['a dangling link', (path) => symlink(join(dataDir, 'nergens'), path)],
    [
      'a socket',
      (path) =>
        new Promise<void>((resolve) => {
          server = createServer().listen(path, () => resolve());
        }),
    ],
  ];
  for (const [label, make] of makers) {
    it(`lists ${label} as damaged, never opens it, and refuses to change it`, async () => {
      const { id: good } = await store.create({ name: 'Goed' });
      await make(sessionPath(id));
      const list = await store.list();
      expect(list.map((item) => [item.id, item.status]).sort()).toEqual([
        [good, 'ok'],
        [id, 'damaged'],
      ]);
      const damaged = list.find((item) => item.id === id);
      expect(damaged?.status === 'damaged' && damaged.reason).toMatch(/not a regular file/);
      for (const call of [
        () => store.get(id),
        () => store.execute(id, { type: 'session.rename', name: 'x' }),
        () => store.exportSession(id),
      ]) {
        const error = await rejection(call());
        expect(error.code).toBe('damaged');
        expect(error.message).not.toContain('GEHEIM');
      }
    });
  }

  it('never shows the content of another file, not even through a link in the trash', async () => {
    await writeFile(join(dataDir, 'elders.txt'), secret);
    const deletedAt = clock.now().getTime();
    await symlink(join(dataDir, 'elders.txt'), join(dataDir, 'trash', `${id}.${deletedAt}.json`));
    const [item] = await store.listTrash();
    expect(item).toMatchObject({ id, name: id, organisation: '' });
  });
});

describe('file content never in an error', () => {
  it('a session file with text that is not JSON is damaged, and its text is not quoted', async () => {
    await writeFile(sessionPath('tekst'), 'root:x:0:0:GEHEIM');
    const [item] = await store.list();
    expect(item?.status).toBe('damaged');
    const reason = item?.status === 'damaged' ? item.reason : '';
    expect(reason).toMatch(/^Not valid JSON/);
    expect(reason).not.toContain('GEHEIM');
    expect(reason).not.toContain('root');
  });

  it('a deeply nested session file is damaged with a plain reason, not a stack overflow', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    for (const text of [`{"schemaVersion":1,"name":${deep}}`, `{"schemaVersion":1,"x":${deep}}`]) {
      await writeFile(sessionPath('diep'), text);
      const fresh = await SessionStore.open(dataDir, { now: clock.now });
      const [item] = await fresh.list();
      expect(item?.status).toBe('damaged');
      expect(item?.status === 'damaged' && item.reason).not.toMatch(/call stack/);
      expect((await rejection(fresh.get('diep'))).message).not.toMatch(/call stack/);
    }
  });
});

describe('private files', () => {
  it.skipIf(process.platform === 'win32')(
    'makes the folders 0700 and the files 0600 (sessions, backups, trash, list cache)',
    async () => {
      const mode = async (path: string) => (await stat(path)).mode & 0o777;
      const fresh = join(dataDir, 'nieuw');
      const own = await SessionStore.open(fresh, { now: clock.now });
      const { id } = await own.create({ name: 'Privé' });
      await own.execute(id, { type: 'session.rename', name: 'Privé 2' });
      await own.list();
      for (const folder of ['', 'sessions', 'backups', 'trash', `backups/${id}`]) {
        expect([folder, await mode(join(fresh, folder))]).toEqual([folder, 0o700]);
      }
      const backup = (await readdir(join(fresh, 'backups', id)))[0]!;
      for (const file of [`sessions/${id}.json`, `backups/${id}/${backup}`, 'session-list.json']) {
        expect([file, await mode(join(fresh, file))]).toEqual([file, 0o600]);
      }
      await own.delete(id);
      const [trashed] = await readdir(join(fresh, 'trash'));
      expect(await mode(join(fresh, 'trash', trashed!))).toBe(0o600);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'makes the folders and backups of an older version private too',
    async () => {
      const { chmod } = await import('node:fs/promises');
      const { id } = await store.create({ name: 'Oud' });
      await chmod(sessionsDir(), 0o755);
      await chmod(sessionPath(id), 0o644);
      const again = await SessionStore.open(dataDir, { now: clock.now });
      expect((await stat(sessionsDir())).mode & 0o777).toBe(0o700);
      await again.execute(id, { type: 'session.rename', name: 'Nieuw' });
      const [backup] = await readdir(join(dataDir, 'backups', id));
      expect((await stat(join(dataDir, 'backups', id, backup!))).mode & 0o777).toBe(0o600);
      expect((await stat(sessionPath(id))).mode & 0o777).toBe(0o600);
    },
  );
});
