import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../main/store/sessionStore';
import { exportSessionFile } from '../../main/store/transfer';
import { newSession, type Session } from '../../shared/session';
import { translate } from '../../shared/i18n';
import { rejection } from '../fixtures/rejection';

let dataDir: string;
let store: SessionStore;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-import-'));
  store = await SessionStore.open(dataDir);
});

const score = { now: 7, target: 8, comment: '' };
const answer = { functional: 1, dysfunctional: 5, importance: null };

/** A session that fits together: two groups, a wish, one participant in each method. */
function whole(): Session {
  const base = newSession('import-test', { name: 'Import', date: '2026-03-01' }, new Date(0));
  return {
    ...base,
    groups: [
      { id: 'g1', name: 'Sales' },
      { id: 'g2', name: 'Service' },
    ],
    culture: {
      ...base.culture,
      entries: [{ id: 'e1', participant: 'P1', group: 'g1', current: ['a'], desired: ['b'] }],
    },
    kano: {
      ...base.kano,
      wishes: [{ id: 'w1', name: 'Snel', description: '' }],
      respondents: [{ id: 'r1', label: 'R1', group: 'g2', answers: { w1: answer } }],
      consensus: { w1: 'M' },
    },
    excellence: {
      ...base.excellence,
      participants: [{ id: 'p1', label: 'P1', group: 'g1', scores: { '1': score } }],
    },
  };
}

/** The export file of `session` changed by `change`, as JSON text. */
function exported(change: (session: Session) => unknown): string {
  return exportSessionFile(change(whole()) as Session).json;
}

async function folder(): Promise<string[]> {
  return readdir(join(dataDir, 'sessions'));
}

describe('an import that passes the schema but does not fit together', () => {
  it('imports a file that fits together unchanged, with nothing repaired', async () => {
    const result = await store.importSession(exported((s) => s));
    expect(result.repairs).toEqual([]);
    const { updatedAt: _stored, ...stored } = await store.get(result.summary.id);
    const { updatedAt: _original, ...original } = whole();
    expect(stored).toEqual(original);
  });

  const refused: [string, (s: Session) => unknown, RegExp][] = [
    [
      'two groups with one id',
      (s) => ({ ...s, groups: [...s.groups, { id: 'g1', name: 'Derde' }] }),
      /two groups have the id "g1"/,
    ],
    [
      'two culture entries with one id',
      (s) => ({
        ...s,
        culture: { ...s.culture, entries: [...s.culture.entries, s.culture.entries[0]] },
      }),
      /two culture entries have the id "e1"/,
    ],
    [
      'two Kano wishes with one id',
      (s) => ({ ...s, kano: { ...s.kano, wishes: [...s.kano.wishes, s.kano.wishes[0]] } }),
      /two Kano wishes have the id "w1"/,
    ],
    [
      'two Kano respondents with one id',
      (s) => ({
        ...s,
        kano: { ...s.kano, respondents: [...s.kano.respondents, s.kano.respondents[0]] },
      }),
      /two Kano respondents have the id "r1"/,
    ],
    [
      'two Service Excellence participants with one id',
      (s) => ({
        ...s,
        excellence: {
          ...s.excellence,
          participants: [...s.excellence.participants, s.excellence.participants[0]],
        },
      }),
      /two Service Excellence participants have the id "p1"/,
    ],
    [
      'groups whose names differ only in capitals',
      (s) => ({ ...s, groups: [...s.groups, { id: 'g3', name: 'SALES' }] }),
      /the groups "Sales" and "SALES" differ only in capitals/,
    ],
    [
      'a score for block "99"',
      (s) => ({
        ...s,
        excellence: {
          ...s.excellence,
          participants: [{ ...s.excellence.participants[0]!, scores: { '99': score } }],
        },
      }),
      /participant "P1" has a score for block "99"/,
    ],
    [
      'a score for block "abc"',
      (s) => ({
        ...s,
        excellence: {
          ...s.excellence,
          participants: [{ ...s.excellence.participants[0]!, scores: { abc: score } }],
        },
      }),
      /block "abc"; blocks are numbered 1 to 9/,
    ],
  ];
  for (const [label, change, reason] of refused) {
    it(`refuses ${label}, with the reason, and writes nothing`, async () => {
      const error = await rejection(store.importSession(exported(change)));
      expect(error.code).toBe('invalidImport');
      expect(error.message).toMatch(/^The file does not fit together: /);
      expect(error.message).toMatch(reason);
      expect(await folder()).toEqual([]);
    });
  }

  it('repairs participants of a group the file does not have: no group, and says so', async () => {
    const result = await store.importSession(
      exported((s) => ({
        ...s,
        groups: [{ id: 'g2', name: 'Service' }],
      })),
    );
    // e1 and p1 were in g1, which is gone; r1 stays in g2.
    expect(result.repairs).toEqual([{ kind: 'ungroupedParticipants', count: 2 }]);
    const session = await store.get(result.summary.id);
    expect(session.culture.entries[0]?.group).toBeNull();
    expect(session.excellence.participants[0]?.group).toBeNull();
    expect(session.kano.respondents[0]?.group).toBe('g2');
    expect(translate('nl', 'import.repaired.ungroupedParticipants', { count: 2 })).toContain(
      'zonder groep',
    );
  });

  it('repairs Kano answers and consensus for a wish the file does not have: left out, and says so', async () => {
    const result = await store.importSession(
      exported((s) => ({
        ...s,
        kano: {
          ...s.kano,
          respondents: [{ ...s.kano.respondents[0]!, answers: { w1: answer, w9: answer } }],
          consensus: { w1: 'M', w9: 'A', w8: 'O' },
        },
      })),
    );
    expect(result.repairs).toEqual([
      { kind: 'droppedKanoAnswers', count: 1 },
      { kind: 'droppedConsensus', count: 2 },
    ]);
    const session = await store.get(result.summary.id);
    expect(Object.keys(session.kano.respondents[0]!.answers)).toEqual(['w1']);
    expect(session.kano.consensus).toEqual({ w1: 'M' });
  });
});

describe('an import that is no session export at all', () => {
  it('refuses a file nested thousands deep as no export, not with a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const text of [deep, `{"format":"klantkompas-session","session":${deep}}`]) {
      const error = await rejection(store.importSession(text));
      expect(error.code).toBe('invalidImport');
      expect(error.message).toMatch(/nested far too deeply/);
    }
    expect(await folder()).toEqual([]);
  });

  it('never quotes the text of a file that is not JSON', async () => {
    const error = await rejection(store.importSession('root:x:0:0:GEHEIM:/root'));
    expect(error.message).toBe('The file is not a Klantkompas export (not valid JSON).');
  });
});
