import { describe, expect, it } from 'vitest';
import { apply, parseCommand } from '../../shared/commands';
import { AppError } from '../../shared/errors';
import { emptySession, participant, withParticipants } from '../fixtures/excellenceSession';

const base = () =>
  withParticipants(emptySession(['management']), [participant('p1', [[6, 8]], 'g-management')]);

describe('excellence participants', () => {
  it('adds a participant and keeps the session it came from unchanged', () => {
    const before = emptySession();
    const after = withParticipants(before, [participant('p1', [[6, 8]])]);
    expect(after.excellence.participants).toHaveLength(1);
    expect(before.excellence.participants).toHaveLength(0);
  });

  it('refuses a duplicate id, an unknown group and a block outside 1–9', () => {
    expect(() => withParticipants(base(), [participant('p1', [])])).toThrow(AppError);
    expect(() => withParticipants(base(), [participant('p2', [], 'g-nope')])).toThrow(/group/);
    const tenBlocks = participant(
      'p2',
      Array.from({ length: 10 }, () => [5, 6]),
    );
    expect(() => withParticipants(base(), [tenBlocks])).toThrow(/"10" is not a building block/);
  });

  it('drops blocks without marks or comment', () => {
    const session = withParticipants(emptySession(), [
      participant('p1', [
        [null, null],
        [5, null],
      ]),
    ]);
    expect(Object.keys(session.excellence.participants[0]!.scores)).toEqual(['2']);
  });

  it('updates label and group, and removes', () => {
    let session = apply(base(), {
      type: 'excellence.updateParticipant',
      id: 'p1',
      label: 'Anna',
      group: null,
    });
    expect(session.excellence.participants[0]).toMatchObject({ label: 'Anna', group: null });
    session = apply(session, { type: 'excellence.updateParticipant', id: 'p1', label: 'A' });
    expect(session.excellence.participants[0]).toMatchObject({ label: 'A', group: null });
    expect(() =>
      apply(session, { type: 'excellence.updateParticipant', id: 'p1', group: 'g-nope' }),
    ).toThrow(AppError);
    session = apply(session, { type: 'excellence.removeParticipant', id: 'p1' });
    expect(session.excellence.participants).toEqual([]);
    expect(() => apply(session, { type: 'excellence.removeParticipant', id: 'p1' })).toThrow(
      AppError,
    );
  });
});

describe('excellence.setScore', () => {
  it('changes only the fields given', () => {
    const session = apply(base(), {
      type: 'excellence.setScore',
      participant: 'p1',
      block: 1,
      now: 7,
    });
    expect(session.excellence.participants[0]!.scores['1']).toEqual({
      now: 7,
      target: 8,
      comment: '',
    });
  });

  it('starts a new block and clears a mark with null', () => {
    let session = apply(base(), {
      type: 'excellence.setScore',
      participant: 'p1',
      block: 9,
      target: 7.5,
      comment: 'meer experimenteren',
    });
    expect(session.excellence.participants[0]!.scores['9']).toEqual({
      now: null,
      target: 7.5,
      comment: 'meer experimenteren',
    });
    session = apply(session, {
      type: 'excellence.setScore',
      participant: 'p1',
      block: 9,
      target: null,
      comment: '',
    });
    expect(session.excellence.participants[0]!.scores['9']).toBeUndefined();
  });

  it('refuses an unknown participant', () => {
    expect(() =>
      apply(base(), { type: 'excellence.setScore', participant: 'nobody', block: 1, now: 5 }),
    ).toThrow(AppError);
  });
});

describe('excellence actions', () => {
  const action = {
    id: 'a1',
    block: 3,
    what: 'Elke maand meelopen met de klantenservice',
    who: 'MT',
    when: 'Q2',
    status: 'open' as const,
  };

  it('adds, updates and removes an action', () => {
    let session = apply(base(), { type: 'excellence.addAction', action });
    expect(() => apply(session, { type: 'excellence.addAction', action })).toThrow(AppError);
    session = apply(session, {
      type: 'excellence.updateAction',
      id: 'a1',
      status: 'doing',
      who: 'Jan',
    });
    expect(session.excellence.actions).toEqual([{ ...action, status: 'doing', who: 'Jan' }]);
    session = apply(session, { type: 'excellence.removeAction', id: 'a1' });
    expect(session.excellence.actions).toEqual([]);
    expect(() => apply(session, { type: 'excellence.removeAction', id: 'a1' })).toThrow(AppError);
  });

  it('calls a participant or action that is gone an impossible change, not a missing session', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as AppError).code;
      }
      return undefined;
    };
    const session = base();
    expect(code(() => apply(session, { type: 'excellence.removeParticipant', id: 'gone' }))).toBe(
      'invalidCommand',
    );
    expect(code(() => apply(session, { type: 'excellence.removeAction', id: 'gone' }))).toBe(
      'invalidCommand',
    );
    expect(code(() => apply(session, { type: 'session.removeGroup', id: 'gone' }))).toBe(
      'invalidCommand',
    );
  });

  it('keeps setRevealed', () => {
    expect(
      apply(base(), { type: 'excellence.setRevealed', revealed: true }).excellence.revealed,
    ).toBe(true);
  });
});

describe('excellence command validation', () => {
  it('refuses marks outside 1–10 and blocks outside 1–9 before they reach a session', () => {
    const score = { type: 'excellence.setScore', participant: 'p1', block: 1 };
    expect(() => parseCommand({ ...score, now: 11 })).toThrow(AppError);
    expect(() => parseCommand({ ...score, target: 0.5 })).toThrow(AppError);
    expect(() => parseCommand({ ...score, block: 10, now: 5 })).toThrow(AppError);
    expect(parseCommand({ ...score, now: 7.5 })).toMatchObject({ now: 7.5 });
  });
});
