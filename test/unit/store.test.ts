import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../main/store/sessionStore';
import { exportSessionFile } from '../../main/store/transfer';
import { BACKUP_INTERVAL_MS, BACKUPS_KEPT } from '../../main/store/backups';
import { TRASH_DAYS } from '../../main/store/trash';
import { tryLock } from '../../main/store/sessionLock';
import { SCHEMA_VERSION } from '../../shared/session';
import { manualClock } from '../fixtures/clock';
import { rejection } from '../fixtures/rejection';

const DAY_MS = 24 * 60 * 60 * 1000;

let dataDir: string;
let store: SessionStore;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-store-'));
  clock = manualClock();
  store = await SessionStore.open(dataDir, { now: clock.now });
});

const sessionPath = (id: string) => join(dataDir, 'sessions', `${id}.json`);

/**
 * Every file in the data folder with its bytes: "nothing changed" means this is equal. The
 * session list's cache is left out: listing may refresh it, and it holds no data of its own.
 */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name !== 'session-list.json')
        result[path.slice(dataDir.length)] = await readFile(path, 'utf8');
    }
  }
  await walk(dataDir);
  return result;
}

describe('creating, changing and listing', () => {
  it('creates a session file and lists it newest first', async () => {
    const a = await store.create({ name: 'Eerste', organisation: 'ACME', date: '2026-03-01' });
    clock.advance(1000);
    const b = await store.create({ name: 'Tweede' });
    const list = await store.list();
    expect(list.map((i) => i.id)).toEqual([b.id, a.id]);
    expect(list[1]).toMatchObject({
      status: 'ok',
      name: 'Eerste',
      organisation: 'ACME',
      participants: 0,
    });
    const onDisk = JSON.parse(await readFile(sessionPath(a.id), 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('applies commands, persists them, and undoes and redoes them', async () => {
    const { id } = await store.create({ name: 'Oud' });
    await store.execute(id, { type: 'session.rename', name: 'Nieuw' });
    expect(JSON.parse(await readFile(sessionPath(id), 'utf8')).name).toBe('Nieuw');
    let view = await store.undo(id);
    expect(view.session.name).toBe('Oud');
    expect(view).toMatchObject({ canUndo: false, canRedo: true });
    expect(JSON.parse(await readFile(sessionPath(id), 'utf8')).name).toBe('Oud');
    view = await store.redo(id);
    expect(view.session.name).toBe('Nieuw');
    expect((await rejection(store.redo(id))).code).toBe('nothingToRedo');
  });

  it('applies many commands as one step, or none when one fails', async () => {
    const { id } = await store.create({ name: 'Groepen' });
    const before = await snapshot();
    const error = await rejection(
      store.executeMany(id, [
        { type: 'session.addGroup', group: { id: 'g1', name: 'management' } },
        { type: 'session.addGroup', group: { id: 'g2', name: 'Management' } },
      ]),
    );
    expect(error.code).toBe('invalidCommand');
    expect(await snapshot()).toEqual(before);
    await store.executeMany(id, [
      { type: 'session.addGroup', group: { id: 'g1', name: 'management' } },
      { type: 'session.addGroup', group: { id: 'g2', name: 'medewerkers' } },
    ]);
    const view = await store.undo(id);
    expect(view.session.groups).toEqual([]);
  });

  it('serialises concurrent changes to one session', async () => {
    const { id } = await store.create({ name: 'Druk' });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.execute(id, { type: 'session.addGroup', group: { id: `g${i}`, name: `groep ${i}` } }),
      ),
    );
    const onDisk = JSON.parse(await readFile(sessionPath(id), 'utf8'));
    expect(onDisk.groups).toHaveLength(20);
  });

  it('notices a change made by another process (the CLI) and reloads', async () => {
    const { id } = await store.create({ name: 'Gedeeld' });
    await store.get(id);
    const other = await SessionStore.open(dataDir);
    await other.execute(id, { type: 'session.rename', name: 'Door de CLI' });
    expect((await store.get(id)).name).toBe('Door de CLI');
  });

  it('repeats a workshop without answers', async () => {
    const { id } = await store.create({ name: 'Ronde 1', organisation: 'ACME' });
    await store.execute(id, { type: 'session.addGroup', group: { id: 'g1', name: 'management' } });
    const copy = await store.duplicate(id);
    const repeated = await store.get(copy.id);
    expect(repeated).toMatchObject({
      name: 'Ronde 1',
      organisation: 'ACME',
      groups: [{ name: 'management' }],
    });
    expect(repeated.repeatOf).toMatchObject({ id, name: 'Ronde 1' });
  });
});

describe('damaged and unreadable files', () => {
  it.each([
    ['a truncated file', (text: string) => text.slice(0, text.length / 2), 'Not valid JSON'],
    ['invalid JSON', () => 'this is not json', 'Not valid JSON'],
    ['an empty file', () => '', 'the file is empty'],
    ['a wrong schema', () => JSON.stringify({ schemaVersion: 1, name: 42 }), 'Not a valid session'],
    [
      'a newer schemaVersion',
      (text: string) => JSON.stringify({ ...JSON.parse(text), schemaVersion: SCHEMA_VERSION + 1 }),
      'newer version of Klantkompas',
    ],
  ])(
    'lists %s as damaged with the reason and never overwrites it',
    async (_label, damage, reason) => {
      const { id } = await store.create({ name: 'Doelwit' });
      const good = await readFile(sessionPath(id), 'utf8');
      await writeFile(sessionPath(id), damage(good));
      const before = await snapshot();
      const [item] = await store.list();
      expect(item).toMatchObject({ status: 'damaged', id });
      expect(item?.status === 'damaged' && item.reason).toContain(reason);
      const error = await rejection(store.execute(id, { type: 'session.rename', name: 'x' }));
      expect(['damaged', 'newerVersion']).toContain(error.code);
      expect(error.message).toContain(reason);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('restores the latest good backup and keeps the damaged bytes aside', async () => {
    const { id } = await store.create({ name: 'Versie 1' });
    await store.execute(id, { type: 'session.rename', name: 'Versie 2' });
    await writeFile(sessionPath(id), '{"kapot');
    const restored = await store.restoreBackup(id);
    expect(restored.name).toBe('Versie 1');
    const names = await readdir(join(dataDir, 'sessions'));
    const aside = names.find((n) => n.startsWith(`${id}.damaged-`));
    expect(aside).toBeDefined();
    expect(await readFile(join(dataDir, 'sessions', aside!), 'utf8')).toBe('{"kapot');
    expect((await store.list()).map((i) => i.status)).toEqual(['ok']);
  });

  it('says so when there is no backup, and changes nothing', async () => {
    const { id } = await store.create({ name: 'Alleen' });
    await writeFile(sessionPath(id), 'kapot');
    const before = await snapshot();
    expect((await rejection(store.restoreBackup(id))).code).toBe('noBackup');
    expect(await snapshot()).toEqual(before);
  });

  it(`keeps the last ${BACKUPS_KEPT} backups`, async () => {
    const { id } = await store.create({ name: 'Veel' });
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      await store.execute(id, { type: 'session.rename', name: `Naam ${i}` });
      clock.advance(BACKUP_INTERVAL_MS);
    }
    expect(await readdir(join(dataDir, 'backups', id))).toHaveLength(BACKUPS_KEPT);
  });

  it('makes at most one backup a minute per session', async () => {
    const { id } = await store.create({ name: 'Typen' });
    const backups = async () => (await readdir(join(dataDir, 'backups', id))).length;
    await store.execute(id, { type: 'session.rename', name: 'T' });
    clock.advance(BACKUP_INTERVAL_MS - 1);
    await store.execute(id, { type: 'session.rename', name: 'Ty' });
    expect(await backups()).toBe(1);
    clock.advance(1);
    await store.execute(id, { type: 'session.rename', name: 'Typ' });
    expect(await backups()).toBe(2);
  });
});

describe('ids from outside', () => {
  it.each(['../../etc/passwd', '..', 'A-B', 'x/y', '', 'a'.repeat(65)])(
    'refuses "%s" as a session id without touching any file',
    async (id) => {
      const before = await snapshot();
      for (const call of [
        () => store.get(id),
        () => store.execute(id, { type: 'session.rename', name: 'x' }),
        () => store.delete(id),
        () => store.restoreBackup(id),
        () => store.restoreFromTrash(id),
      ]) {
        expect((await rejection(call())).code).toBe('notFound');
      }
      expect(await snapshot()).toEqual(before);
    },
  );
});

describe('import and export', () => {
  it('round-trips a session through an export file', async () => {
    const { id } = await store.create({ name: 'Heen en terug', organisation: 'ACME' });
    const { fileName, json } = await store.exportSession(id);
    expect(fileName).toBe('Heen en terug.klantkompas.json');
    const result = await store.importSession(json);
    expect(result.renamedId).toBe(true);
    expect(result.summary.id).not.toBe(id);
    expect((await store.get(result.summary.id)).organisation).toBe('ACME');
  });

  it('refuses a 50 MB import before parsing it, and changes nothing', async () => {
    await store.create({ name: 'Bestaand' });
    const before = await snapshot();
    const huge = `{"format":"klantkompas-session","session":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const error = await rejection(store.importSession(huge));
    expect(error.code).toBe('tooLarge');
    expect(error.message).toContain('too large');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['not JSON', 'hallo', 'not valid JSON'],
    ['another JSON file', '{"hello":"world"}', 'not a Klantkompas session export'],
    [
      'a wrong schema',
      '{"format":"klantkompas-session","session":{"schemaVersion":1,"id":"x","name":""}}',
      'Not a valid session',
    ],
    [
      'a newer version',
      `{"format":"klantkompas-session","session":{"schemaVersion":${SCHEMA_VERSION + 5}}}`,
      'newer version',
    ],
  ])('refuses %s with a clear message and changes nothing', async (_label, text, message) => {
    await store.create({ name: 'Bestaand' });
    const before = await snapshot();
    const error = await rejection(store.importSession(text));
    expect(error.message).toContain(message);
    expect(await snapshot()).toEqual(before);
  });

  it('gives an imported file with an unused id that id', async () => {
    const other = await mkdtemp(join(tmpdir(), 'klantkompas-other-'));
    const source = await SessionStore.open(other);
    const { id } = await source.create({ name: 'Van elders' });
    const { json } = exportSessionFile(await source.get(id));
    const result = await store.importSession(json);
    expect(result).toMatchObject({ renamedId: false, summary: { id, name: 'Van elders' } });
  });
});

describe('trash', () => {
  it('moves a deleted session to the trash and back', async () => {
    const { id } = await store.create({ name: 'Weg' });
    const bytes = await readFile(sessionPath(id), 'utf8');
    const item = await store.delete(id);
    expect(item).toMatchObject({ id, name: 'Weg' });
    expect(await store.list()).toEqual([]);
    expect((await store.listTrash()).map((t) => t.id)).toEqual([id]);
    await store.restoreFromTrash(id);
    expect(await readFile(sessionPath(id), 'utf8')).toBe(bytes);
    expect(await store.listTrash()).toEqual([]);
  });

  it(`removes trashed sessions for good after ${TRASH_DAYS} days, with their backups`, async () => {
    const { id } = await store.create({ name: 'Oud nieuws' });
    await store.execute(id, { type: 'session.rename', name: 'Oud nieuws 2' });
    await store.delete(id);
    clock.advance(TRASH_DAYS * DAY_MS);
    expect((await store.listTrash()).map((t) => t.id)).toEqual([id]);
    clock.advance(1);
    expect(await store.listTrash()).toEqual([]);
    expect(await readdir(join(dataDir, 'trash'))).toEqual([]);
    expect(await readdir(join(dataDir, 'backups'))).toEqual([]);
  });
});

describe('temporary files left by a crashed write', () => {
  it("removes a session's when no other process holds its lock, and keeps them while one does", async () => {
    const { id } = await store.create({ name: 'Gecrasht' });
    const leftover = join(dataDir, 'sessions', `${id}.json.123.abcd.tmp`);
    await writeFile(leftover, '{"half');
    // Another process writing this session right now: its temporary file is in use.
    const release = await tryLock(sessionPath(id));
    await SessionStore.open(dataDir, { now: clock.now });
    expect(await readdir(join(dataDir, 'sessions'))).toContain(`${id}.json.123.abcd.tmp`);
    await release!();
    await SessionStore.open(dataDir, { now: clock.now });
    expect(await readdir(join(dataDir, 'sessions'))).toEqual([`${id}.json`]);
  });

  it('removes them when a change first takes the session lock in a running app', async () => {
    const { id } = await store.create({ name: 'Later gecrasht' });
    // Left by a CLI run that was killed after this app started.
    await writeFile(join(dataDir, 'sessions', `${id}.json.999.beef.tmp`), '{"half');
    await store.execute(id, { type: 'session.rename', name: 'Verder' });
    expect(await readdir(join(dataDir, 'sessions'))).toEqual([`${id}.json`]);
  });

  it("removes the session list's when their process has ended or after an hour", async () => {
    const written = Date.parse('2026-03-02T08:00:00Z');
    const dead = join(dataDir, 'session-list.json.999999999.abcd.tmp');
    // This test's own process runs: a file of its could be a write in flight.
    const running = join(dataDir, `session-list.json.${process.pid}.abcd.tmp`);
    for (const path of [dead, running]) {
      await writeFile(path, '{"half');
      // A whole second, so that the file's time is exact to the millisecond the store compares.
      await utimes(path, written / 1000, written / 1000);
    }
    const open = (ageMs: number) =>
      SessionStore.open(dataDir, { now: () => new Date(written + ageMs) });
    const leftovers = async () => (await readdir(dataDir)).filter((n) => n.endsWith('.tmp'));
    await open(60 * 60 * 1000);
    expect(await leftovers()).toEqual([`session-list.json.${process.pid}.abcd.tmp`]);
    await open(60 * 60 * 1000 + 1);
    expect(await leftovers()).toEqual([]);
  });
});

describe('the session list cache', () => {
  it('is rebuilt when damaged and never trusted over a changed file', async () => {
    const { id } = await store.create({ name: 'Eerst' });
    await store.list();
    await writeFile(join(dataDir, 'session-list.json'), '{"format":1,"entries":');
    const fresh = await SessionStore.open(dataDir);
    expect((await fresh.list()).map((i) => i.status === 'ok' && i.name)).toEqual(['Eerst']);
    await writeFile(sessionPath(id), 'kapot');
    expect((await (await SessionStore.open(dataDir)).list())[0]?.status).toBe('damaged');
  });
});
