import { describe, expect, it } from 'vitest';
import { apply, parseCommand, type Command } from '../../shared/commands';
import type { CsvOutcome } from '../../shared/csv';
import { findGroupByName, sameGroupName } from '../../shared/groups';
import { importMethodCsvText } from '../../shared/methods';
import { MAX_GROUPS, newSession, sessionSchema, type Session } from '../../shared/session';

/** "Café" written with a combining accent: the same name to people and to session.addGroup. */
const CAFE_DECOMPOSED = 'CAFE\u0301';

function sessionWithGroups(...names: string[]): Session {
  const fresh = newSession('s1', { name: 'Groups' }, new Date('2026-03-01T10:00:00Z'));
  return names.reduce(
    (s, name, i) => apply(s, { type: 'session.addGroup', group: { id: `g${i + 1}`, name } }),
    fresh,
  );
}

function counter(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

function applyAll(session: Session, commands: readonly Command[]): Session {
  return commands.reduce((s, c) => apply(s, parseCommand(c)), session);
}

function value<T>(outcome: CsvOutcome<T>): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

describe('group names', () => {
  it('ignore case, not accents', () => {
    expect(sameGroupName('Management', 'MANAGEMENT')).toBe(true);
    expect(sameGroupName('Café', CAFE_DECOMPOSED)).toBe(true);
    expect(sameGroupName('Cafe', 'Café')).toBe(false);
    const groups = [
      { id: 'a', name: 'Cafe' },
      { id: 'b', name: 'Café' },
    ];
    expect(findGroupByName(groups, CAFE_DECOMPOSED)?.id).toBe('b');
    expect(findGroupByName(groups, 'Bar')).toBeUndefined();
  });

  it('are what session.addGroup calls a duplicate', () => {
    expect(() => sessionWithGroups('Café', CAFE_DECOMPOSED)).toThrow(/already exists/);
  });

  it('stop at the most a session may have, so the session stays valid', () => {
    const names = Array.from({ length: MAX_GROUPS }, (_, i) => `G${i + 1}`);
    const full = sessionWithGroups(...names);
    expect(sessionSchema.safeParse(full).success).toBe(true);
    expect(() =>
      apply(full, { type: 'session.addGroup', group: { id: 'one-more', name: 'One more' } }),
    ).toThrow(/at most 50 groups/);
  });

  it('match the same session group in every CSV import', () => {
    const session = sessionWithGroups('Management', 'Café');
    const cultureImport = value(
      importMethodCsvText(
        'culture',
        [
          'participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4',
          `P1,MANAGEMENT,a,b,c,d,e,f,g,h`,
          `P2,${CAFE_DECOMPOSED},a,b,c,d,e,f,g,h`,
        ].join('\n'),
        session,
        counter(),
      ),
    );
    expect(cultureImport.newGroups).toEqual([]);
    const afterCulture = applyAll(session, cultureImport.commands);
    expect(afterCulture.culture.entries.map((e) => e.group)).toEqual(['g1', 'g2']);

    const kano = value(
      importMethodCsvText(
        'kano',
        [
          'respondent,group,wish,functional,dysfunctional',
          'R1,management,Parking,1,5',
          `R2,${CAFE_DECOMPOSED},Parking,1,5`,
        ].join('\n'),
        session,
        counter(),
      ),
    );
    expect(kano.newGroups).toEqual([]);
    const afterKano = applyAll(session, kano.commands);
    expect(afterKano.kano.respondents.map((r) => r.group)).toEqual(['g1', 'g2']);

    const excellence = value(
      importMethodCsvText(
        'excellence',
        [
          'participant,group,block,now,target',
          'M1,MANAGEMENT,1,7,8',
          `M2,${CAFE_DECOMPOSED},1,6,9`,
        ].join('\n'),
        session,
        counter(),
      ),
    );
    expect(excellence.newGroups).toEqual([]);
    const afterExcellence = applyAll(session, excellence.commands);
    expect(afterExcellence.excellence.participants.map((p) => p.group)).toEqual(['g1', 'g2']);
  });

  it('put rows of one new group under one group, however they are written', () => {
    const session = sessionWithGroups();
    const kano = value(
      importMethodCsvText(
        'kano',
        [
          'respondent,group,wish,functional,dysfunctional',
          'R1,Staff,Parking,1,5',
          'R2,STAFF,Parking,1,5',
        ].join('\n'),
        session,
        counter(),
      ),
    );
    expect(kano.newGroups).toEqual(['Staff']);
    expect(applyAll(session, kano.commands).groups.map((g) => g.name)).toEqual(['Staff']);
  });
});
