import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../main/store/sessionStore';
import { DEFAULT_LIVE_LIMITS, LiveExercise } from '../../main/live/liveExercise';
import { apiArgs } from '../../shared/api';
import type { Command } from '../../shared/commands';
import { manualClock } from '../fixtures/clock';
import { entry } from '../fixtures/cultureSession';
import { rejection } from '../fixtures/rejection';

let store: SessionStore;

beforeEach(async () => {
  store = await SessionStore.open(await mkdtemp(join(tmpdir(), 'klantkompas-undo-')), {
    now: manualClock().now,
  });
});

const answer = (id: string, group: string | null = null): Command => ({
  type: 'culture.addEntry',
  entry: entry(id, ['open'], ['snel'], group),
});
const rename = (name: string): Command => ({ type: 'session.rename', name });
const ids = (view: { session: { culture: { entries: readonly { id: string }[] } } }) =>
  view.session.culture.entries.map((e) => e.id);
const notUndoable = { undoable: false } as const;

describe("participants' answers are not on the facilitator's undo stack", () => {
  it('undo never takes back an answer; with only answers there is nothing to undo', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    const view = await store.execute(id, answer('p1'), notUndoable);
    expect(view.canUndo).toBe(false);
    expect((await rejection(store.undo(id))).code).toBe('nothingToUndo');
    expect(ids(await store.getView(id))).toEqual(['p1']);
  });

  it('undoing a change keeps the answers that came after it, in the same write and later ones', async () => {
    const { id } = await store.create({ name: 'Nul' });
    // One group: the facilitator's rename between two answers.
    await Promise.all([
      store.execute(id, answer('p1'), notUndoable),
      store.execute(id, rename('Een')),
      store.execute(id, answer('p2'), notUndoable),
    ]);
    await store.execute(id, rename('Twee'));
    await store.execute(id, answer('p3'), notUndoable);

    let view = await store.undo(id);
    expect(view.session.name).toBe('Een');
    expect(ids(view)).toEqual(['p1', 'p2', 'p3']);
    view = await store.undo(id);
    expect(view.session.name).toBe('Nul');
    expect(ids(view)).toEqual(['p1', 'p2', 'p3']);
    expect(view.canUndo).toBe(false);

    // Redo does the renames again, on top of the answers.
    view = await store.redo(id);
    expect(view.session.name).toBe('Een');
    view = await store.redo(id);
    expect(view.session.name).toBe('Twee');
    expect(ids(view)).toEqual(['p1', 'p2', 'p3']);
    expect(view.canRedo).toBe(false);
  });

  it('a facilitator undoing a merge does not remove phone answers that came later', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    await store.execute(id, answer('p1'), notUndoable);
    const merged = await store.execute(id, { type: 'culture.merge', from: 'snel', into: 'open' });
    expect(merged.session.culture.merges).toHaveLength(1);
    await store.execute(id, answer('p2'), notUndoable);
    const view = await store.undo(id);
    expect(view.session.culture.merges).toEqual([]);
    expect(ids(view)).toEqual(['p1', 'p2']);
  });

  it('answers that arrive after an undo keep the redo, which is done on top of them', async () => {
    const { id } = await store.create({ name: 'Nul' });
    await store.execute(id, rename('Een'));
    await store.undo(id);
    const afterAnswer = await store.execute(id, answer('p1'), notUndoable);
    expect(afterAnswer.canRedo).toBe(true);
    const view = await store.redo(id);
    expect(view.session.name).toBe('Een');
    expect(ids(view)).toEqual(['p1']);
  });

  it('refuses to undo a change that a later answer needs, and changes nothing', async () => {
    const { id } = await store.create({ name: 'Zaal' });
    await store.execute(id, { type: 'session.addGroup', group: { id: 'g1', name: 'Team' } });
    await store.execute(id, answer('p1', 'g1'), notUndoable);
    const error = await rejection(store.undo(id));
    expect(error.code).toBe('invalidCommand');
    expect(error.params?.messageKey).toBe('error.undoKeepsAnswers');
    const view = await store.getView(id);
    expect(view.session.groups.map((g) => g.id)).toEqual(['g1']);
    expect(ids(view)).toEqual(['p1']);
    expect(view.canUndo).toBe(true);
  });

  it("a phone's answer through the live exercise is not undoable", async () => {
    const { id } = await store.create({ name: 'Zaal' });
    await store.execute(id, rename('Voor de workshop'));
    const exercise = new LiveExercise({
      store,
      session: await store.get(id),
      method: 'culture',
      code: 'ACDEFG',
      limits: DEFAULT_LIVE_LIMITS,
      now: () => 0,
      onCounts: () => {},
    });
    const { token } = await exercise.join('ACDEFG', null, '10.0.0.2');
    await exercise.answer(
      {
        code: 'ACDEFG',
        answer: { method: 'culture', group: null, current: ['open'], desired: ['snel'] },
      },
      token,
      '10.0.0.2',
    );
    const view = await store.undo(id);
    expect(view.session.name).toBe('Zaal');
    expect(view.session.culture.entries).toHaveLength(1);
  });

  it('the API contract takes the option, and only that option', () => {
    const command = rename('X');
    const sessionId = 'abc123';
    expect(apiArgs.execute.safeParse([sessionId, command]).success).toBe(true);
    expect(apiArgs.execute.safeParse([sessionId, command, { undoable: false }]).success).toBe(true);
    expect(apiArgs.executeMany.safeParse([sessionId, [command], { undoable: false }]).success).toBe(
      true,
    );
    expect(apiArgs.execute.safeParse([sessionId, command, { undoable: 'no' }]).success).toBe(false);
    expect(apiArgs.execute.safeParse([sessionId, command, { other: 1 }]).success).toBe(false);
  });
});
