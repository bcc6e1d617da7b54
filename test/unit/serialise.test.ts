import { describe, expect, it } from 'vitest';
import { serialiseSession } from '../../main/store/serialise';
import { apply } from '../../shared/commands';
import { newSession } from '../../shared/session';

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
});
