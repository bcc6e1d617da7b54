import { describe, expect, it } from 'vitest';
import { serialiseSession } from '../../main/store/serialise';
import { apply } from '../../shared/commands';
import { newSession, type Session } from '../../shared/session';
import { largeSession } from '../../bench/largeSession';

describe('serialiseSession', () => {
  it('gives exactly JSON.stringify, also after changes that reuse unchanged parts', () => {
    let session = newSession('s1', { name: 'Eerste', organisation: 'ACME' });
    expect(serialiseSession(session)).toBe(JSON.stringify(session));
    session = apply(session, { type: 'session.addGroup', group: { id: 'g1', name: 'management' } });
    expect(serialiseSession(session)).toBe(JSON.stringify(session));
    session = apply(session, { type: 'session.rename', name: 'Tweede "quoted" ü' });
    expect(serialiseSession(session)).toBe(JSON.stringify(session));
    session = apply(session, { type: 'session.removeGroup', id: 'g1' });
    expect(serialiseSession(session)).toBe(JSON.stringify(session));
    expect(JSON.parse(serialiseSession(session))).toEqual(session);
  });

  it('stays exact inside the cached levels: one answer changed among many', () => {
    let session = largeSession('big', 30, 4);
    expect(serialiseSession(session)).toBe(JSON.stringify(session));
    for (const functional of [1, 2, 5]) {
      session = apply(session, {
        type: 'kano.setAnswer',
        respondentId: 'k-3',
        wishId: 'wish-2',
        functional,
        dysfunctional: 4,
        importance: null,
      });
      expect(serialiseSession(session)).toBe(JSON.stringify(session));
    }
  });

  it('leaves out undefined fields and writes undefined array items as null, as JSON does', () => {
    const base = newSession('s2', { name: 'Leeg' });
    const odd = { ...base, facilitator: undefined, groups: [undefined] } as unknown as Session;
    expect(serialiseSession(odd)).toBe(JSON.stringify(odd));
  });
});
