import { describe, expect, it } from 'vitest';
import { apply, parseCommand } from '../../shared/commands';
import { formatCsvProblems } from '../../shared/csv';
import { newSession, type Session } from '../../shared/session';
import { importMethodCsvText } from '../../shared/methods';
import { analyseKano } from '../../shared/kano/analysis';

function emptySession(): Session {
  return newSession('s1', { name: 'Import test' }, new Date('2026-03-01T10:00:00Z'));
}

/** Ids id-1, id-2, ... so the commands can be compared exactly. */
function counter(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

function importKano(text: string, session: Session, makeId?: () => string) {
  return importMethodCsvText('kano', text, session, makeId);
}

/** An outcome without its summary function, to compare with toEqual. */
function plain(outcome: ReturnType<typeof importKano>) {
  if (!outcome.ok) return outcome;
  const { summary: _summary, ...value } = outcome.value;
  return { ...outcome, value };
}

function importInto(session: Session, text: string): Session {
  const outcome = importKano(text, session, counter());
  if (!outcome.ok) throw new Error(formatCsvProblems(outcome.problems, 'en'));
  return outcome.value.commands.reduce((s, c) => apply(s, parseCommand(c)), session);
}

describe('the Kano CSV import', () => {
  it('turns rows into groups, wishes and respondents, in that order', () => {
    const csv = [
      'respondent,group,wish,functional,dysfunctional,importance',
      'P1,Staff,Free parking,1,5,8',
      'P1,Staff,Chat support,Leuk,Maakt niet uit,',
      'P2,,Free parking,Expect,dislike,3',
    ].join('\n');
    const outcome = importKano(csv, emptySession(), counter());
    expect(outcome.ok && outcome.value.summary('en')).toBe(
      '2 participants imported. 3 answers, 2 new wishes. New groups: Staff.',
    );
    expect(plain(outcome)).toEqual({
      ok: true,
      notes: [],
      value: {
        encoding: 'utf-8',
        participants: 2,
        newGroups: ['Staff'],
        commands: [
          { type: 'session.addGroup', group: { id: 'id-1', name: 'Staff' } },
          {
            type: 'kano.addWishes',
            wishes: [
              { id: 'id-2', name: 'Free parking', description: '' },
              { id: 'id-3', name: 'Chat support', description: '' },
            ],
          },
          {
            type: 'kano.addRespondent',
            respondent: {
              id: 'id-4',
              label: 'P1',
              group: 'id-1',
              answers: {
                'id-2': { functional: 1, dysfunctional: 5, importance: 8 },
                'id-3': { functional: 1, dysfunctional: 3, importance: null },
              },
            },
          },
          {
            type: 'kano.addRespondent',
            respondent: {
              id: 'id-5',
              label: 'P2',
              group: null,
              answers: { 'id-2': { functional: 2, dysfunctional: 5, importance: 3 } },
            },
          },
        ],
      },
    });
  });

  it('reads `;`, a BOM, Windows line ends and Dutch words in any case', () => {
    const csv =
      '\uFEFFRespondent;Wish;Functional;Dysfunctional\r\n' +
      'a;Snelle levering;LEUK;niet leuk\r\n' +
      'b;Snelle levering;Kan ermee leven;vanzelfsprekend\r\n';
    const s = importInto(emptySession(), csv);
    expect(s.kano.respondents.map((r) => r.answers[s.kano.wishes[0]!.id])).toEqual([
      { functional: 1, dysfunctional: 5, importance: null },
      { functional: 4, dysfunctional: 2, importance: null },
    ]);
  });

  it('matches existing wishes and groups by name, whatever the case', () => {
    const session = [
      { type: 'session.addGroup', group: { id: 'g1', name: 'Management' } },
      { type: 'kano.addWishes', wishes: [{ id: 'w1', name: 'Free Parking', description: '' }] },
    ].reduce<Session>((s, c) => apply(s, parseCommand(c)), emptySession());
    const outcome = importKano(
      'respondent,group,wish,functional,dysfunctional\nx,MANAGEMENT,free  parking,1,5\n',
      session,
      counter(),
    );
    expect(outcome.ok && outcome.value.commands).toEqual([
      {
        type: 'kano.addRespondent',
        respondent: {
          id: 'id-1',
          label: 'x',
          group: 'g1',
          answers: { w1: { functional: 1, dysfunctional: 5, importance: null } },
        },
      },
    ]);
  });

  it('lets a later row replace an earlier one for the same respondent and wish, and says so', () => {
    const csv = [
      'respondent,wish,functional,dysfunctional',
      'P1,Parking,1,5',
      'P2,Parking,2,5',
      'p1,parking,3,3',
    ].join('\n');
    const outcome = importKano(csv, emptySession(), counter());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.notes).toEqual([
      {
        line: 4,
        key: 'kano.csv.duplicate',
        params: { respondent: 'P1', wish: 'parking', earlier: 2 },
      },
    ]);
    expect(formatCsvProblems(outcome.notes, 'en')).toBe(
      'Line 4: participant "P1" already answered "parking" on line 2; this line replaces it.',
    );
    expect(outcome.value.summary('en')).toBe('2 participants imported. 2 answers, 1 new wish.');
    const s = importInto(emptySession(), csv);
    expect(s.kano.respondents[0]?.answers[s.kano.wishes[0]!.id]).toMatchObject({
      functional: 3,
      dysfunctional: 3,
    });
  });

  it('notes a respondent name that is already in the session, and adds a new respondent', () => {
    const csv = 'respondent,wish,functional,dysfunctional\nP1,Parking,1,5\n';
    const once = importInto(emptySession(), csv);
    const outcome = importKano(csv, once, counter());
    expect(outcome.ok && outcome.notes).toEqual([
      { line: 2, key: 'csv.participantExists', params: { participant: 'P1' } },
    ]);
    expect(importInto(once, csv).kano.respondents).toHaveLength(2);
  });

  it('takes labels that differ only in case, accents and spaces as one respondent', () => {
    const csv = [
      'respondent,wish,functional,dysfunctional',
      'Anna,Parking,1,5',
      ' ánna ,Coffee,2,5',
      'ANNA,Delivery,3,3',
    ].join('\n');
    const s = importInto(emptySession(), csv);
    expect(s.kano.respondents.map((r) => [r.label, Object.keys(r.answers).length])).toEqual([
      ['Anna', 3],
    ]);
  });

  it('reports every wrong value with its line, and imports nothing', () => {
    const csv = [
      'respondent,group,wish,functional,dysfunctional,importance',
      'P1,,Parking,6,1,', // line 2: functional out of range
      'P1,,Delivery,1,maybe,', // line 3: unknown word
      'P2,,Parking,1,5,10', // line 4: importance out of range
      ',,Parking,1,5,', // line 5: no respondent
      'P3,,,1,5,', // line 6: no wish
      'P4,,Parking,,5,', // line 7: no functional answer
      'P5,,Parking,1,5,,extra', // line 8: an extra cell
      'P6,A,Parking,1,5,', // line 9
      'P6,B,Delivery,1,5,', // line 10: another group for P6
      'P7,,Parking,1,5,2.5', // line 11: importance not whole
    ].join('\n');
    const outcome = importKano(csv, emptySession(), counter());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.line, p.key])).toEqual([
      [2, 'kano.csv.badAnswer'],
      [3, 'kano.csv.badAnswer'],
      [4, 'kano.csv.badImportance'],
      [5, 'csv.missingValue'],
      [6, 'csv.missingValue'],
      [7, 'csv.missingValue'],
      [8, 'csv.extraCells'],
      [10, 'csv.groupConflict'],
      [11, 'kano.csv.badImportance'],
    ]);
    expect(formatCsvProblems(outcome.problems, 'nl', 2)).toBe(
      [
        'Regel 2: "6" in de kolom "functional" is geen antwoord; gebruik 1–5 of Leuk, Vanzelfsprekend, Maakt niet uit, Kan ermee leven, Niet leuk.',
        'Regel 3: "maybe" in de kolom "dysfunctional" is geen antwoord; gebruik 1–5 of Leuk, Vanzelfsprekend, Maakt niet uit, Kan ermee leven, Niet leuk.',
        '… en nog 7 problemen.',
      ].join('\n'),
    );
  });

  it('checks the header row', () => {
    const outcome = importKano('respondent;wish;functional;score\n1;a;1;1\n', emptySession());
    expect(!outcome.ok && outcome.problems).toEqual([
      { line: 1, key: 'csv.unknownColumn', params: { column: 'score' } },
      { line: 1, key: 'csv.missingColumn', params: { column: 'dysfunctional/disfunctioneel' } },
    ]);
  });

  it('refuses a column given twice', () => {
    const outcome = importKano(
      'respondent,wish,wens,functional,dysfunctional\n1,a,a,1,1\n',
      emptySession(),
    );
    expect(!outcome.ok && outcome.problems).toEqual([
      { line: 1, key: 'csv.duplicateColumn', params: { column: 'wens' } },
    ]);
  });

  it('also takes Dutch column names', () => {
    const csv = 'Respondent;Groep;Wens;Functioneel;Disfunctioneel;Belang\nA;Team;Koffie;1;3;6\n';
    const s = importInto(emptySession(), csv);
    expect(s.groups.map((g) => g.name)).toEqual(['Team']);
    expect(s.kano.wishes.map((w) => w.name)).toEqual(['Koffie']);
    expect(s.kano.respondents[0]?.answers[s.kano.wishes[0]!.id]).toEqual({
      functional: 1,
      dysfunctional: 3,
      importance: 6,
    });
  });

  it('refuses an empty file and a file without answers', () => {
    expect(importKano('', emptySession())).toEqual({
      ok: false,
      problems: [{ line: 0, key: 'csv.empty' }],
    });
    expect(importKano('\uFEFF  \n', emptySession()).ok).toBe(false);
    expect(importKano('respondent,wish,functional,dysfunctional\n', emptySession())).toEqual({
      ok: false,
      problems: [{ line: 1, key: 'csv.noRows' }],
    });
  });

  it('imports 2,000 wishes', () => {
    const lines = ['respondent,wish,functional,dysfunctional'];
    for (let w = 1; w <= 2000; w++) {
      lines.push(`A,Wish ${w},1,5`, `B,Wish ${w},2,5`);
    }
    const s = importInto(emptySession(), lines.join('\n'));
    expect(s.kano.wishes).toHaveLength(2000);
    expect(s.kano.wishes[1999]?.name).toBe('Wish 2000');
    const results = analyseKano(s.kano);
    expect(results).toHaveLength(2000);
    expect(results[1999]).toMatchObject({ n: 2, counts: { O: 1, M: 1 }, category: 'M' });
  });
});
