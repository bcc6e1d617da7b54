import { describe, expect, it } from 'vitest';
import { apply, parseCommand, type Command } from '../../shared/commands';
import { newSession, type Session } from '../../shared/session';

function session(): Session {
  const base = newSession('s1', { name: 'Kano test' }, new Date('2026-03-01T10:00:00Z'));
  return [
    { type: 'session.addGroup', group: { id: 'g1', name: 'Management' } },
    {
      type: 'kano.addWishes',
      wishes: [
        { id: 'w1', name: 'Free parking', description: '' },
        { id: 'w2', name: 'Open on Sunday', description: 'Shop open 10–16' },
        { id: 'w3', name: 'Chat support', description: '' },
      ],
    },
    {
      type: 'kano.addRespondent',
      respondent: {
        id: 'r1',
        label: 'Form 1',
        group: 'g1',
        answers: { w1: { functional: 1, dysfunctional: 5, importance: 7 } },
      },
    },
    { type: 'kano.setConsensus', wishId: 'w1', category: 'O' },
  ].reduce<Session>((s, c) => apply(s, parseCommand(c)), base);
}

const run = (...commands: Command[]) => commands.reduce(apply, session());

describe('wishes', () => {
  it('adds wishes in order, with trimmed names', () => {
    const s = run(
      parseCommand({
        type: 'kano.addWishes',
        wishes: [{ id: 'w4', name: '  Home delivery ', description: '' }],
      }),
    );
    expect(s.kano.wishes.map((w) => w.name)).toEqual([
      'Free parking',
      'Open on Sunday',
      'Chat support',
      'Home delivery',
    ]);
  });

  it('refuses a name that exists, whatever its case or spacing', () => {
    expect(() =>
      run({
        type: 'kano.addWishes',
        wishes: [{ id: 'w4', name: 'free  PARKING', description: '' }],
      }),
    ).toThrow(/already exists/);
    expect(() =>
      run({
        type: 'kano.addWishes',
        wishes: [
          { id: 'w4', name: 'New', description: '' },
          { id: 'w5', name: 'new', description: '' },
        ],
      }),
    ).toThrow(/already exists/);
    expect(() => run({ type: 'kano.updateWish', id: 'w2', name: 'Chat Support' })).toThrow(
      /already exists/,
    );
  });

  it('refuses a duplicate id', () => {
    expect(() =>
      run({ type: 'kano.addWishes', wishes: [{ id: 'w1', name: 'Other', description: '' }] }),
    ).toThrow(/id w1/);
  });

  it('edits name and description separately', () => {
    const s = run({ type: 'kano.updateWish', id: 'w2', name: 'Open on Sundays' });
    expect(s.kano.wishes[1]).toEqual({
      id: 'w2',
      name: 'Open on Sundays',
      description: 'Shop open 10–16',
    });
    const t = run({ type: 'kano.updateWish', id: 'w2', description: '' });
    expect(t.kano.wishes[1]?.name).toBe('Open on Sunday');
    expect(t.kano.wishes[1]?.description).toBe('');
    // Renaming a wish to its own name in another case is allowed.
    expect(
      run({ type: 'kano.updateWish', id: 'w1', name: 'FREE parking' }).kano.wishes[0]?.name,
    ).toBe('FREE parking');
  });

  it('moves a wish to an index', () => {
    const order = (s: Session) => s.kano.wishes.map((w) => w.id);
    expect(order(run({ type: 'kano.moveWish', id: 'w3', index: 0 }))).toEqual(['w3', 'w1', 'w2']);
    expect(order(run({ type: 'kano.moveWish', id: 'w1', index: 2 }))).toEqual(['w2', 'w3', 'w1']);
    expect(order(run({ type: 'kano.moveWish', id: 'w2', index: 1 }))).toEqual(['w1', 'w2', 'w3']);
    expect(() => run({ type: 'kano.moveWish', id: 'w2', index: 3 })).toThrow(/position 4/);
  });

  it('removes a wish with its answers and consensus', () => {
    const s = run({ type: 'kano.removeWish', id: 'w1' });
    expect(s.kano.wishes.map((w) => w.id)).toEqual(['w2', 'w3']);
    expect(s.kano.respondents[0]?.answers).toEqual({});
    expect(s.kano.consensus).toEqual({});
  });

  it('refuses unknown wishes', () => {
    expect(() => run({ type: 'kano.removeWish', id: 'nope' })).toThrow(/no wish/);
    expect(() => run({ type: 'kano.updateWish', id: 'nope', name: 'x' })).toThrow(/no wish/);
  });
});

describe('respondents and answers', () => {
  it('adds a respondent; group and wishes must exist', () => {
    const add = (group: string | null, wishId: string) =>
      run({
        type: 'kano.addRespondent',
        respondent: {
          id: 'r2',
          label: '',
          group,
          answers: { [wishId]: { functional: 2, dysfunctional: 5, importance: null } },
        },
      });
    expect(add(null, 'w2').kano.respondents).toHaveLength(2);
    expect(() => add('g9', 'w2')).toThrow(/no group/);
    expect(() => add(null, 'w9')).toThrow(/no wish/);
    expect(() =>
      run({
        type: 'kano.addRespondent',
        respondent: { id: 'r1', label: '', group: null, answers: {} },
      }),
    ).toThrow(/already exists/);
  });

  it('sets, replaces and clears one answer', () => {
    const s = run(
      {
        type: 'kano.setAnswer',
        respondentId: 'r1',
        wishId: 'w2',
        functional: 3,
        dysfunctional: 3,
        importance: null,
      },
      {
        type: 'kano.setAnswer',
        respondentId: 'r1',
        wishId: 'w1',
        functional: 2,
        dysfunctional: 5,
        importance: 9,
      },
    );
    expect(s.kano.respondents[0]?.answers).toEqual({
      w1: { functional: 2, dysfunctional: 5, importance: 9 },
      w2: { functional: 3, dysfunctional: 3, importance: null },
    });
    const t = apply(s, { type: 'kano.clearAnswer', respondentId: 'r1', wishId: 'w1' });
    expect(Object.keys(t.kano.respondents[0]?.answers ?? {})).toEqual(['w2']);
    expect(() =>
      run({
        type: 'kano.setAnswer',
        respondentId: 'r9',
        wishId: 'w1',
        functional: 1,
        dysfunctional: 1,
        importance: null,
      }),
    ).toThrow(/no respondent/);
  });

  it('refuses answers outside 1–5 and importance outside 1–9', () => {
    const command = { type: 'kano.setAnswer', respondentId: 'r1', wishId: 'w1', importance: null };
    expect(() => parseCommand({ ...command, functional: 6, dysfunctional: 1 })).toThrow();
    expect(() => parseCommand({ ...command, functional: 0, dysfunctional: 1 })).toThrow();
    expect(() => parseCommand({ ...command, functional: 1.5, dysfunctional: 1 })).toThrow();
    expect(() =>
      parseCommand({ ...command, functional: 1, dysfunctional: 1, importance: 10 }),
    ).toThrow();
  });

  it('updates label and group, and removes a respondent', () => {
    const s = run({ type: 'kano.updateRespondent', id: 'r1', label: 'Paper 7', group: null });
    expect(s.kano.respondents[0]).toMatchObject({ label: 'Paper 7', group: null });
    const t = run({ type: 'kano.updateRespondent', id: 'r1', label: 'Only label' });
    expect(t.kano.respondents[0]).toMatchObject({ label: 'Only label', group: 'g1' });
    expect(() => run({ type: 'kano.updateRespondent', id: 'r1', group: 'g9' })).toThrow(/no group/);
    expect(run({ type: 'kano.removeRespondent', id: 'r1' }).kano.respondents).toEqual([]);
    expect(() => run({ type: 'kano.removeRespondent', id: 'r9' })).toThrow(/no respondent/);
  });
});

describe('consensus', () => {
  it('sets and clears a consensus category, apart from the answers', () => {
    const s = run({ type: 'kano.setConsensus', wishId: 'w2', category: 'M' });
    expect(s.kano.consensus).toEqual({ w1: 'O', w2: 'M' });
    expect(s.kano.respondents[0]?.answers).toEqual(session().kano.respondents[0]?.answers);
    expect(run({ type: 'kano.clearConsensus', wishId: 'w1' }).kano.consensus).toEqual({});
    expect(() => run({ type: 'kano.setConsensus', wishId: 'w9', category: 'M' })).toThrow(
      /no wish/,
    );
  });

  it('never takes Q as consensus', () => {
    expect(() =>
      parseCommand({ type: 'kano.setConsensus', wishId: 'w1', category: 'Q' }),
    ).toThrow();
  });
});

it('never changes the session it is given', () => {
  const before = session();
  const frozen = JSON.stringify(before);
  apply(before, { type: 'kano.removeWish', id: 'w1' });
  apply(before, { type: 'kano.moveWish', id: 'w3', index: 0 });
  apply(before, { type: 'kano.clearAnswer', respondentId: 'r1', wishId: 'w1' });
  expect(JSON.stringify(before)).toBe(frozen);
});
