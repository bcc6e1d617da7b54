import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../main/store/sessionStore';
import { SessionFile } from '../../main/store/sessionFile';
import { waitForLock } from '../../main/store/sessionLock';
import { parseSessionText } from '../../main/store/sessionFile';
import type { Command } from '../../shared/commands';
import { AppError } from '../../shared/errors';
import { manualClock } from '../fixtures/clock';
import { entry } from '../fixtures/cultureSession';

// The real lock, counted: a group of changes must take it once.
vi.mock('../../main/store/sessionLock', async (original) => {
  const real = await original<typeof import('../../main/store/sessionLock')>();
  return { ...real, waitForLock: vi.fn(real.waitForLock) };
});

let dataDir: string;
let store: SessionStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-group-'));
  store = await SessionStore.open(dataDir, { now: manualClock().now });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(waitForLock).mockClear();
});

const sessionPath = (id: string) => join(dataDir, 'sessions', `${id}.json`);
const onDisk = async (id: string) => parseSessionText(await readFile(sessionPath(id), 'utf8'));

function answer(id: string, words: string[] = ['open']): Command {
  return { type: 'culture.addEntry', entry: entry(id, words, ['snel']) };
}

/** Sent in one turn of the event loop, as a room of phones does: they wait for one write. */
function allAtOnce(id: string, commands: Command[], undoable = false) {
  return Promise.allSettled(commands.map((c) => store.execute(id, c, { undoable })));
}

describe('group commit: changes waiting for one session share one write', () => {
  it('applies them all with one lock and one write, and acknowledges each after it', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    const writes = vi.spyOn(SessionFile.prototype, 'writeVersioned');
    vi.mocked(waitForLock).mockClear();
    const answers = Array.from({ length: 20 }, (_, i) => answer(`p${i}`));
    const results = await allAtOnce(id, answers);
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(waitForLock).toHaveBeenCalledTimes(1);
    // Each acknowledgement came after the write: the file holds every answer, in order.
    expect((await onDisk(id)).culture.entries.map((e) => e.id)).toEqual(
      answers.map((_, i) => `p${i}`),
    );
  });

  it('refuses a bad change alone: the others of its group land', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    const writes = vi.spyOn(SessionFile.prototype, 'writeVersioned');
    // The third is the first one's participant again: refused by the command itself.
    const results = await allAtOnce(id, [answer('a'), answer('b'), answer('a'), answer('c')]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const refusal = (results[2] as PromiseRejectedResult).reason as AppError;
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal.code).toBe('invalidCommand');
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await onDisk(id)).culture.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect((await store.get(id)).culture.entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('checks each change against the session as the changes before it in the group left it', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    const groupId = 'g1';
    const results = await Promise.allSettled([
      store.execute(id, { type: 'session.addGroup', group: { id: groupId, name: 'Team' } }),
      store.execute(
        id,
        { type: 'culture.addEntry', entry: entry('p', ['open'], ['snel'], groupId) },
        { undoable: false },
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect((await onDisk(id)).culture.entries[0]!.group).toBe(groupId);
  });

  it('a failed write refuses its whole group; file, memory and undo are as before', async () => {
    const { id } = await store.create({ name: 'Voor' });
    await store.execute(id, { type: 'session.rename', name: 'Eerste' });
    const before = await readFile(sessionPath(id), 'utf8');
    const full = Object.assign(new Error(`ENOSPC: no space, write '${dataDir}/x'`), {
      code: 'ENOSPC',
    });
    vi.spyOn(SessionFile.prototype, 'writeVersioned').mockRejectedValueOnce(full);
    const results = await Promise.allSettled([
      store.execute(id, { type: 'session.rename', name: 'Mislukt' }),
      store.execute(id, answer('x'), { undoable: false }),
      store.execute(id, answer('y'), { undoable: false }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const result of results) {
      expect(((result as PromiseRejectedResult).reason as AppError).code).toBe('diskFull');
    }
    expect(await readFile(sessionPath(id), 'utf8')).toBe(before);
    const view = await store.getView(id);
    expect(view.session.name).toBe('Eerste');
    expect(view.session.culture.entries).toEqual([]);
    // Undo takes back the last change that was written, not the refused one.
    expect((await store.undo(id)).session.name).toBe('Voor');
    // And the next write carries nothing of the refused group.
    await store.execute(id, answer('z'), { undoable: false });
    expect((await onDisk(id)).culture.entries.map((e) => e.id)).toEqual(['z']);
  });

  it('makes each change of a group its own undo step', async () => {
    const { id } = await store.create({ name: 'Nul' });
    const writes = vi.spyOn(SessionFile.prototype, 'writeVersioned');
    await Promise.all(
      ['Een', 'Twee', 'Drie'].map((name) => store.execute(id, { type: 'session.rename', name })),
    );
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await store.undo(id)).session.name).toBe('Twee');
    expect((await store.undo(id)).session.name).toBe('Een');
    const last = await store.undo(id);
    expect(last.session.name).toBe('Nul');
    expect(last.canUndo).toBe(false);
  });

  it('keeps the order of arrival: a change after an undo never joins a group before it', async () => {
    const { id } = await store.create({ name: 'Nul' });
    const [, undone, renamed] = await Promise.all([
      store.execute(id, { type: 'session.rename', name: 'A' }),
      store.undo(id),
      store.execute(id, { type: 'session.rename', name: 'B' }),
    ]);
    expect(undone.session.name).toBe('Nul');
    expect(renamed.session.name).toBe('B');
    expect((await onDisk(id)).name).toBe('B');
    expect((await store.undo(id)).session.name).toBe('Nul');
  });

  it('answers a group with one view: one session-changed event per write', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    const views = await Promise.all([answer('a'), answer('b')].map((c) => store.execute(id, c)));
    expect(views[0]).toBe(views[1]);
    expect(views[0]!.session.culture.entries).toHaveLength(2);
  });

  it('loses nothing when another process writes the same session between groups', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    // A second store over the same folder stands for the CLI: its own memory, the same lock.
    const cli = await SessionStore.open(dataDir, { now: manualClock().now });
    // Waves: in each, a group of phones and an import race for the lock.
    for (let wave = 0; wave < 4; wave++) {
      const phones = Array.from({ length: 15 }, (_, i) =>
        store.execute(id, answer(`phone-${wave}-${i}`), { undoable: false }),
      );
      const imported = cli.executeMany(id, [answer(`cli-${wave}-a`), answer(`cli-${wave}-b`)]);
      const results = await Promise.allSettled([...phones, imported]);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    }
    const stored = (await onDisk(id)).culture.entries.map((e) => e.id);
    expect(stored).toHaveLength(4 * 17);
    expect(new Set(stored).size).toBe(4 * 17);
    expect((await store.get(id)).culture.entries).toHaveLength(4 * 17);
  });

  it('still writes each change when they come one after another', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    const writes = vi.spyOn(SessionFile.prototype, 'writeVersioned');
    await store.execute(id, answer('a'));
    await store.execute(id, answer('b'));
    expect(writes).toHaveBeenCalledTimes(2);
  });
});
