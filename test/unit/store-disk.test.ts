import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../main/store/sessionStore';
import { manualClock } from '../fixtures/clock';
import { rejection } from '../fixtures/rejection';

/*
 * A real full disk and a real read-only folder: a 1 MB tmpfs, which only root may mount (as the
 * tests run here and in CI). Elsewhere these are skipped with the reason; the same behaviour is
 * also tested everywhere with injected errors (test/unit/store-safety.test.ts).
 */
const mountPoint = await mkdtemp(join(tmpdir(), 'klantkompas-tmpfs-'));
const skipReason = mountTmpfs();
if (skipReason) console.warn(`Skipping the full-disk and read-only tests: ${skipReason}`);

function mountTmpfs(): string | null {
  if (process.platform !== 'linux') return 'tmpfs is Linux only';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', mountPoint], {
      stdio: 'pipe',
    });
    return null;
  } catch (error) {
    return `mount failed (${(error as Error).message.split('\n')[0]})`;
  }
}

afterAll(async () => {
  if (!skipReason) execFileSync('umount', [mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name !== 'session-list.json') {
      const path = join(entry.parentPath, entry.name);
      result[path.slice(dir.length)] = await readFile(path, 'utf8');
    }
  }
  return result;
}

/** Fills the file system of `dir` to the last byte. */
async function fill(dir: string): Promise<string> {
  const filler = join(dir, 'filler');
  const { bavail, bsize } = await statfs(dir);
  await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize))).catch(() => undefined);
  // Whatever is left (metadata, rounding): a byte at a time is too slow, a block at a time is not.
  for (let i = 0; i < 64; i++) {
    try {
      await writeFile(filler, Buffer.alloc(Number(bsize)), { flag: 'a' });
    } catch {
      break;
    }
  }
  return filler;
}

describe.skipIf(skipReason !== null)('a real full disk and a real read-only folder', () => {
  it('a full disk: the error says so, memory and disk agree, the next write carries nothing of it', async () => {
    const dataDir = join(mountPoint, 'vol');
    const clock = manualClock();
    const store = await SessionStore.open(dataDir, { now: clock.now });
    const { id } = await store.create({ name: 'Vol' });
    await store.execute(id, { type: 'session.rename', name: 'Voor' });
    const before = await store.getView(id);
    const filler = await fill(mountPoint);
    const disk = await snapshot(dataDir);

    // First the session's own write fails; a minute later the backup made before it does.
    for (const advance of [0, 60_000]) {
      clock.advance(advance);
      const error = await rejection(
        store.execute(id, { type: 'session.rename', name: 'Afgewezen'.repeat(20) }),
      );
      expect(error.code).toBe('diskFull');
      expect(error.message).toBe('Not saved: the disk is full. Free some space and try again.');
      expect(await store.getView(id)).toEqual(before);
      expect(await snapshot(dataDir)).toEqual(disk); // no half backup, no temporary file
    }
    const fresh = await SessionStore.open(dataDir, { now: clock.now });
    expect(await fresh.getView(id)).toMatchObject({ session: before.session });

    await rm(filler);
    const next = await store.execute(id, {
      type: 'session.addGroup',
      group: { id: 'g', name: 'g' },
    });
    expect(next.session.name).toBe('Voor');
    expect(await readFile(join(dataDir, 'sessions', `${id}.json`), 'utf8')).not.toContain(
      'Afgewezen',
    );
  });

  it('a read-only folder: changes refused plainly, reading goes on, nothing changed', async () => {
    const dataDir = join(mountPoint, 'alleen-lezen');
    const clock = manualClock();
    const store = await SessionStore.open(dataDir, { now: clock.now });
    const { id } = await store.create({ name: 'Lezen' });
    const before = await store.getView(id);
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const disk = await snapshot(dataDir);
      for (const change of [
        () => store.execute(id, { type: 'session.rename', name: 'Afgewezen' }),
        () => store.create({ name: 'Nieuw' }),
        () => store.delete(id),
      ]) {
        const error = await rejection(change());
        expect(error.code).toBe('readOnly');
        expect(error.message).toBe('Not saved: the data folder is read-only.');
      }
      expect(await store.getView(id)).toEqual(before);
      expect((await store.list()).map((item) => item.id)).toEqual([id]);
      // The app still starts on it, to read.
      const again = await SessionStore.open(dataDir, { now: clock.now });
      expect((await again.get(id)).name).toBe('Lezen');
      expect(await snapshot(dataDir)).toEqual(disk);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
    const next = await store.execute(id, { type: 'session.rename', name: 'Weer schrijfbaar' });
    expect(next.session.name).toBe('Weer schrijfbaar');
  });
});
