import { describe, expect, it } from 'vitest';
import { apply, type Command } from '../../shared/commands';
import { importCulturePaste } from '../../shared/culture/paste';
import { formatCsvProblems } from '../../shared/csv';
import { importMethodCsvText } from '../../shared/methods';
import type { Session } from '../../shared/session';
import { testSession } from '../fixtures/cultureSession';

const HEADER =
  'participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4';
const DUTCH_HEADER =
  'deelnemer;groep;huidig_1;huidig_2;huidig_3;huidig_4;gewenst_1;gewenst_2;gewenst_3;gewenst_4';

function ids(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function importText(text: string, session: Session = testSession()) {
  return importMethodCsvText('culture', text, session, ids());
}

function valueOf(text: string, session: Session = testSession()) {
  const outcome = importText(text, session);
  if (!outcome.ok) throw new Error(formatCsvProblems(outcome.problems, 'en'));
  return outcome;
}

function problemsOf(text: string, session: Session = testSession()) {
  const outcome = importText(text, session);
  if (outcome.ok) throw new Error('expected problems');
  return outcome.problems;
}

/** The entries the commands add: [participant, current, desired]. */
function entries(commands: readonly Command[]) {
  return commands.flatMap((c) =>
    c.type === 'culture.addEntry' ? [[c.entry.participant, c.entry.current, c.entry.desired]] : [],
  );
}

describe('culture CSV import', () => {
  it('reads English headers with commas, quotes and empty slots into commands', () => {
    const text = [
      HEADER,
      'P1,management,bureaucratisch,traag,,,snel,"open, eerlijk",,',
      'P2,,Créatief,,,,creatief,,,',
    ].join('\n');
    const { value, notes } = valueOf(text);
    expect(notes).toEqual([]);
    // Groups are resolved while reading (id-1), entries get their ids after (id-2, id-3).
    expect(value.commands).toEqual([
      { type: 'session.addGroup', group: { id: 'id-1', name: 'management' } },
      {
        type: 'culture.addEntry',
        entry: {
          id: 'id-2',
          participant: 'P1',
          group: 'id-1',
          current: ['bureaucratisch', 'traag'],
          desired: ['snel', 'open, eerlijk'],
        },
      },
      {
        type: 'culture.addEntry',
        entry: {
          id: 'id-3',
          participant: 'P2',
          group: null,
          current: ['Créatief'],
          desired: ['creatief'],
        },
      },
    ]);
    expect(value.participants).toBe(2);
    expect(value.newGroups).toEqual(['management']);
    expect(value.summary('nl')).toBe('2 deelnemers geïmporteerd. Nieuwe groepen: management.');
  });

  it('reads Dutch headers with semicolons, a BOM and CRLF, without a group column', () => {
    const header = DUTCH_HEADER.replace('groep;', '');
    const { value } = valueOf(`\uFEFF${header}\r\nP1;open;;;;snel;;;\r\n`);
    expect(entries(value.commands)).toEqual([['P1', ['open'], ['snel']]]);
  });

  it('skips rows without words with a note', () => {
    const { value, notes } = valueOf(`${HEADER}\nP1,,,,,,,,,\nP2,,open,,,,,,,`);
    expect(notes).toEqual([{ line: 2, key: 'culture.csv.emptyRowSkipped' }]);
    expect(value.participants).toBe(1);
  });

  it('refuses a wrong header with line 1 and the reason', () => {
    const problems = problemsOf('name,current_1,current_2\nx,y,z');
    expect(problems).toContainEqual({
      line: 1,
      key: 'csv.unknownColumn',
      params: { column: 'name' },
    });
    expect(problems).toContainEqual({
      line: 1,
      key: 'csv.missingColumn',
      params: { column: 'desired_4/gewenst_4' },
    });
    expect(problemsOf(`${HEADER},huidig_1\n`)).toEqual([
      { line: 1, key: 'csv.duplicateColumn', params: { column: 'huidig_1' } },
    ]);
  });

  it('refuses a header without rows', () => {
    expect(problemsOf(`${HEADER}\n\n`)).toEqual([{ line: 1, key: 'csv.noRows' }]);
  });

  it('refuses a row with more than four words on a side, naming its line', () => {
    const text = `${HEADER}\nP1,,a,b,c,d,e,f,g,h\n\nP2,,a,b,c,d,e,f,g,h,i\n`;
    const problems = problemsOf(text);
    expect(problems).toEqual([{ line: 4, key: 'csv.extraCells' }]);
    expect(formatCsvProblems(problems, 'en')).toBe(
      'Line 4: this row has more cells than the header row.',
    );
  });

  it('refuses more than 10,000 rows at the first row over the limit', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `P${i},,open,,,,snel,,,`);
    // The header is line 1, so the 10,001st row is line 10,002.
    expect(problemsOf([HEADER, ...rows].join('\n'))).toEqual([
      { line: 10_002, key: 'csv.tooManyRows', params: { max: 10_000 } },
    ]);
    expect(valueOf([HEADER, ...rows.slice(1)].join('\n')).value.participants).toBe(10_000);
  });

  it('refuses a word over 500 characters but accepts 500', () => {
    expect(importText(`${HEADER}\nP1,,${'x'.repeat(500)},,,,,,,`).ok).toBe(true);
    expect(problemsOf(`${HEADER}\nP1,,${'x'.repeat(501)},,,,,,,`)).toEqual([
      { line: 2, key: 'csv.tooLong', params: { column: 'current_1', max: 500 } },
    ]);
  });

  it('refuses a participant label over 100 characters', () => {
    expect(problemsOf(`${HEADER}\n${'p'.repeat(101)},,open,,,,,,,`)).toEqual([
      { line: 2, key: 'csv.tooLong', params: { column: 'participant', max: 100 } },
    ]);
  });

  it('keeps HTML, emoji and right-to-left words as text', () => {
    const { value } = valueOf(`${HEADER}\nP1,,"<script>alert(""x"")</script>",🚀,مرحبا,,,,,`);
    expect(entries(value.commands)[0]?.[1]).toEqual(['<script>alert("x")</script>', '🚀', 'مرحبا']);
  });

  it('refuses two rows of one participant (case and accents aside), naming both lines', () => {
    const text = [
      HEADER,
      'Anna,,open,,,,,,,',
      ',,snel,,,,,,,',
      ',,traag,,,,,,,',
      ' ÁNNA ,,log,,,,,,,',
    ];
    expect(problemsOf(text.join('\n'))).toEqual([
      { line: 5, key: 'csv.duplicateParticipant', params: { participant: 'ÁNNA', first: 2 } },
    ]);
    // Rows without a label are anonymous participants, never the same one.
    expect(valueOf(text.slice(0, 4).join('\n')).value.participants).toBe(3);
  });

  it('notes a label the session already has, and adds a new participant', () => {
    const session = apply(testSession(), {
      type: 'culture.addEntry',
      entry: { id: 'e1', participant: 'Anna', group: null, current: ['open'], desired: [] },
    });
    const { value, notes } = valueOf(`${HEADER}\nanna,,snel,,,,,,,`, session);
    expect(notes).toEqual([
      { line: 2, key: 'csv.participantExists', params: { participant: 'anna' } },
    ]);
    expect(value.participants).toBe(1);
  });

  it('turns rows into commands, creating unknown groups first', () => {
    const session = apply(testSession(), {
      type: 'session.addGroup',
      group: { id: 'g-mgmt', name: 'Management' },
    });
    const text = [
      HEADER,
      'P1,management,open,,,,snel,,,',
      'P2,Medewerkers,traag,,,,vlot,,,',
      'P3,medewerkers,traag,,,,,,,',
      'P4,,log,,,,,,,',
    ].join('\n');
    const { value } = valueOf(text, session);
    expect(value.participants).toBe(4);
    expect(value.newGroups).toEqual(['Medewerkers']);
    expect(value.commands.map((c) => c.type)).toEqual([
      'session.addGroup',
      'culture.addEntry',
      'culture.addEntry',
      'culture.addEntry',
      'culture.addEntry',
    ]);
    const after = value.commands.reduce(apply, session);
    expect(after.groups.map((g) => g.name)).toEqual(['Management', 'Medewerkers']);
    const groupName = (id: string | null) => after.groups.find((g) => g.id === id)?.name ?? null;
    expect(after.culture.entries.map((e) => groupName(e.group))).toEqual([
      'Management',
      'Medewerkers',
      'Medewerkers',
      null,
    ]);
  });
});

describe('pasting rows into the culture grid', () => {
  const paste = (text: string, column: number, session: Session = testSession()) =>
    importCulturePaste(text, column, session, ids());

  it('adds the pasted rows as entries, with groups, in one set of commands', () => {
    const outcome = paste('P1\tmanagement\topen\t\t\t\teerlijk\n\nP2\t\ttraag', 0);
    expect(outcome.ok && entries(outcome.value.commands)).toEqual([
      ['P1', ['open'], ['eerlijk']],
      ['P2', ['traag'], []],
    ]);
    expect(outcome.ok && outcome.value.newGroups).toEqual(['management']);
  });

  it('checks the limits of the session schema with the CSV messages', () => {
    const outcome = paste(`open\t${'x'.repeat(501)}`, 2);
    expect(!outcome.ok && outcome.problems).toEqual([
      { line: 1, key: 'csv.tooLong', params: { column: 'current_2', max: 500 } },
    ]);
    const long = paste(`${'p'.repeat(101)}\t${'g'.repeat(61)}\topen`, 0);
    expect(!long.ok && long.problems).toEqual([
      { line: 1, key: 'csv.tooLong', params: { column: 'participant', max: 100 } },
      { line: 1, key: 'csv.tooLong', params: { column: 'group', max: 60 } },
    ]);
  });

  it('refuses one participant on two lines and a 51st group, with line numbers', () => {
    const twice = paste('Anna\t\topen\nanna\t\tsnel', 0);
    expect(!twice.ok && twice.problems).toEqual([
      { line: 2, key: 'csv.duplicateParticipant', params: { participant: 'anna', first: 1 } },
    ]);
    const lines = Array.from({ length: 51 }, (_, i) => `P${i + 1}\tG${i + 1}\topen`);
    const tooMany = paste(lines.join('\n'), 0);
    expect(!tooMany.ok && tooMany.problems).toEqual([
      { line: 51, key: 'csv.tooManyGroups', params: { group: 'G51', max: 50 } },
    ]);
  });
});
