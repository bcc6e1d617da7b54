import { describe, expect, it } from 'vitest';
import { apply } from '../../shared/commands';
import { cultureImportCommands, parseCultureCsv } from '../../shared/culture/csv';
import { formatCsvProblems } from '../../shared/csv';
import { testSession } from './culture-fixtures';

const HEADER =
  'participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4';
const DUTCH_HEADER =
  'deelnemer;groep;huidig_1;huidig_2;huidig_3;huidig_4;gewenst_1;gewenst_2;gewenst_3;gewenst_4';

function ids(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function problemsOf(text: string) {
  const outcome = parseCultureCsv(text);
  if (outcome.ok) throw new Error('expected problems');
  return outcome.problems;
}

describe('culture CSV import', () => {
  it('reads English headers with commas, quotes and empty slots', () => {
    const text = [
      HEADER,
      'P1,management,bureaucratisch,traag,,,snel,"open, eerlijk",,',
      'P2,,Créatief,,,,creatief,,,',
    ].join('\n');
    const outcome = parseCultureCsv(text);
    expect(outcome).toEqual({
      ok: true,
      notes: [],
      value: [
        {
          line: 2,
          participant: 'P1',
          group: 'management',
          current: ['bureaucratisch', 'traag'],
          desired: ['snel', 'open, eerlijk'],
        },
        { line: 3, participant: 'P2', group: '', current: ['Créatief'], desired: ['creatief'] },
      ],
    });
  });

  it('reads Dutch headers with semicolons, a BOM and CRLF, without a group column', () => {
    const header = DUTCH_HEADER.replace('groep;', '');
    const text = `\uFEFF${header}\r\nP1;open;;;;snel;;;\r\n`;
    const outcome = parseCultureCsv(text);
    expect(outcome.ok && outcome.value).toEqual([
      { line: 2, participant: 'P1', group: '', current: ['open'], desired: ['snel'] },
    ]);
  });

  it('skips rows without words with a note', () => {
    const outcome = parseCultureCsv(`${HEADER}\nP1,,,,,,,,,\nP2,,open,,,,,,,`);
    expect(outcome.ok && outcome.notes).toEqual([{ line: 2, key: 'culture.csv.emptyRowSkipped' }]);
    expect(outcome.ok && outcome.value.length).toBe(1);
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

  it('refuses a row with more than four words on a side, naming its line', () => {
    const text = `${HEADER}\nP1,,a,b,c,d,e,f,g,h\n\nP2,,a,b,c,d,e,f,g,h,i\n`;
    const problems = problemsOf(text);
    expect(problems).toEqual([{ line: 4, key: 'culture.csv.tooManyWords', params: { max: 4 } }]);
    expect(formatCsvProblems(problems, 'en')).toBe(
      'Line 4: this row has more cells than the header row; at most 4 words per side are allowed.',
    );
  });

  it('refuses more than 10,000 rows', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `P${i},,open,,,,snel,,,`);
    const problems = problemsOf([HEADER, ...rows].join('\n'));
    expect(problems).toEqual([{ line: 1, key: 'csv.tooManyRows', params: { max: 10_000 } }]);
    const exactly = parseCultureCsv([HEADER, ...rows.slice(1)].join('\n'));
    expect(exactly.ok && exactly.value.length).toBe(10_000);
  });

  it('refuses a word over 500 characters but accepts 500', () => {
    expect(parseCultureCsv(`${HEADER}\nP1,,${'x'.repeat(500)},,,,,,,`).ok).toBe(true);
    expect(problemsOf(`${HEADER}\nP1,,${'x'.repeat(501)},,,,,,,`)).toEqual([
      { line: 2, key: 'culture.csv.wordTooLong', params: { max: 500 } },
    ]);
  });

  it('keeps HTML, emoji and right-to-left words as text', () => {
    const outcome = parseCultureCsv(`${HEADER}\nP1,,"<script>alert(""x"")</script>",🚀,مرحبا,,,,,`);
    expect(outcome.ok && outcome.value[0]?.current).toEqual([
      '<script>alert("x")</script>',
      '🚀',
      'مرحبا',
    ]);
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
    const outcome = parseCultureCsv(text);
    if (!outcome.ok) throw new Error('expected rows');
    const result = cultureImportCommands(session, outcome.value, ids());
    expect(result.entries).toBe(4);
    expect(result.newGroups).toEqual(['Medewerkers']);
    expect(result.commands.map((c) => c.type)).toEqual([
      'session.addGroup',
      'culture.addEntry',
      'culture.addEntry',
      'culture.addEntry',
      'culture.addEntry',
    ]);
    const after = result.commands.reduce(apply, session);
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
