import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/commands';
import { parseMark } from '../../shared/excellence/csv';
import { importMethodCsvText } from '../../shared/methods';
import { analyseBlocks } from '../../shared/excellence/analysis';
import { applyAll, emptySession } from '../fixtures/excellenceSession';

function sequentialIds(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

function importText(text: string, session = emptySession()) {
  return importMethodCsvText('excellence', text, session, sequentialIds());
}

/** The participants the commands add. */
function participantsOf(commands: readonly Command[]) {
  return commands.flatMap((c) => (c.type === 'excellence.addParticipant' ? [c.participant] : []));
}

function problemsOf(text: string, session = emptySession()) {
  const outcome = importText(text, session);
  if (outcome.ok) throw new Error('expected problems');
  return outcome.problems.map((p) => [p.line, p.key, p.params]);
}

const HEADER = 'participant,group,block,now,target,comment';

describe('the Service Excellence CSV import', () => {
  it('reads participants, groups and comments into commands, new groups first', () => {
    const outcome = importText(
      [
        HEADER,
        'P1,Management,1,7,9,"klant staat centraal, soms"',
        'P1,Management,2,6,,',
        'P2,medewerkers,1,5,8,',
      ].join('\n'),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.commands.map((c) => c.type)).toEqual([
      'session.addGroup',
      'session.addGroup',
      'excellence.addParticipant',
      'excellence.addParticipant',
    ]);
    expect(outcome.value.newGroups).toEqual(['Management', 'medewerkers']);
    expect(outcome.value.participants).toBe(2);
    // Groups get their ids while the rows are read (id-1, id-2), participants after (id-3, id-4).
    expect(participantsOf(outcome.value.commands)[0]).toEqual({
      id: 'id-3',
      label: 'P1',
      group: 'id-1',
      scores: {
        '1': { now: 7, target: 9, comment: 'klant staat centraal, soms' },
        '2': { now: 6, target: null, comment: '' },
      },
    });
    const session = applyAll(emptySession(), outcome.value.commands);
    expect(session.groups.map((g) => g.name)).toEqual(['Management', 'medewerkers']);
    expect(session.excellence.participants).toHaveLength(2);
  });

  it('matches existing groups ignoring case and creates no duplicate', () => {
    const session = emptySession(['Management']);
    const outcome = importText(`${HEADER}\nP1,MANAGEMENT,1,7,9,\nP2,management,1,6,8,`, session);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.newGroups).toEqual([]);
    expect(participantsOf(outcome.value.commands).map((p) => p.group)).toEqual([
      'g-Management',
      'g-Management',
    ]);
  });

  it('works without the optional group and comment columns', () => {
    const outcome = importText('participant,block,now,target\nP1,3,4,8');
    expect(outcome.ok && participantsOf(outcome.value.commands)[0]).toEqual({
      id: 'id-1',
      label: 'P1',
      group: null,
      scores: { '3': { now: 4, target: 8, comment: '' } },
    });
  });

  it('reads the Dutch way: BOM, semicolons and decimal commas', () => {
    const outcome = importText('\uFEFFparticipant;group;block;now;target\nA;Directie;1;7,5;9\n');
    expect(outcome.ok && participantsOf(outcome.value.commands)[0]!.scores['1']).toEqual({
      now: 7.5,
      target: 9,
      comment: '',
    });
  });

  it('reads Dutch column names in any order', () => {
    const outcome = importText('Bouwsteen;Nu;Doel;Deelnemer;Groep;Toelichting\n2;6;8;A;MT;prima');
    expect(outcome.ok && participantsOf(outcome.value.commands)[0]).toMatchObject({
      label: 'A',
      scores: { '2': { now: 6, target: 8, comment: 'prima' } },
    });
    expect(problemsOf('deelnemer;bouwsteen;nu;doel\nA;1;7;12')).toEqual([
      [2, 'excellence.csv.badScore', { value: '12', column: 'doel' }],
    ]);
  });

  it('reads a decimal comma in a quoted cell of a comma-separated file', () => {
    const outcome = importText(`${HEADER}\nA,,1,"6,5",8,`);
    expect(outcome.ok && participantsOf(outcome.value.commands)[0]!.scores['1']!.now).toBe(6.5);
  });

  it('notes a participant label that the session already has (case and accents aside)', () => {
    const first = importText(`${HEADER}\nAnna,,1,7,9,`);
    if (!first.ok) throw new Error('expected ok');
    const session = applyAll(emptySession(), first.value.commands);
    const again = importText(`${HEADER}\nánna,,1,7,9,`, session);
    expect(again.ok && again.notes).toEqual([
      { line: 2, key: 'csv.participantExists', params: { participant: 'ánna' } },
    ]);
  });

  it('takes labels that differ only in case and accents as one participant', () => {
    const outcome = importText(`${HEADER}\nAnna,,1,7,9,\nánna,,2,6,8,\nANNA ,,3,5,5,`);
    expect(outcome.ok && participantsOf(outcome.value.commands).map((p) => p.label)).toEqual([
      'Anna',
    ]);
  });

  it('reads both sample files', () => {
    for (const name of ['excellence.csv', 'excellence-nl.csv']) {
      const text = readFileSync(
        new URL(`../../resources/samples/${name}`, import.meta.url),
        'utf8',
      );
      const outcome = importText(text);
      expect(outcome.ok, name).toBe(true);
      if (!outcome.ok) continue;
      const blocks = analyseBlocks(participantsOf(outcome.value.commands));
      expect(blocks.every((b) => b.now.n > 0)).toBe(true);
    }
  });
});

describe('Service Excellence CSV problems (nothing imported)', () => {
  it('names out-of-range and unreadable marks with their line', () => {
    expect(
      problemsOf(`${HEADER}\nP1,,1,11,8,\nP1,,2,0,8,\nP1,,3,7,abc,\nP1,,4,7,8.5.1,\nP1,,5,-3,8,`),
    ).toEqual([
      [2, 'excellence.csv.badScore', { value: '11', column: 'now' }],
      [3, 'excellence.csv.badScore', { value: '0', column: 'now' }],
      [4, 'excellence.csv.badScore', { value: 'abc', column: 'target' }],
      [5, 'excellence.csv.badScore', { value: '8.5.1', column: 'target' }],
      [6, 'excellence.csv.badScore', { value: '-3', column: 'now' }],
    ]);
  });

  it('refuses unknown blocks', () => {
    expect(
      problemsOf(`${HEADER}\nP1,,0,7,8,\nP1,,10,7,8,\nP1,,x,7,8,\nP1,,1.0,7,8,\nP1,,,7,8,`),
    ).toEqual([
      [2, 'excellence.csv.badBlock', { value: '0' }],
      [3, 'excellence.csv.badBlock', { value: '10' }],
      [4, 'excellence.csv.badBlock', { value: 'x' }],
      [5, 'excellence.csv.badBlock', { value: '1.0' }],
      [6, 'csv.missingValue', { column: 'block' }],
    ]);
  });

  it('refuses a duplicate row and a participant in two groups', () => {
    expect(problemsOf(`${HEADER}\nP1,a,1,7,8,\n\nP1,a,1,6,8,\nP1,b,2,6,8,`)).toEqual([
      [4, 'excellence.csv.duplicate', { participant: 'P1', block: 1, first: 2 }],
      [5, 'csv.groupConflict', { participant: 'P1', first: 2 }],
    ]);
  });

  it('refuses a row without participant and a row with extra cells', () => {
    expect(problemsOf(`participant,block,now,target\n,1,7,8\nP1,1,7,5,8`)).toEqual([
      [2, 'csv.missingValue', { column: 'participant' }],
      // With `,` as delimiter an unquoted 7,5 splits into two cells: the row is refused.
      [3, 'csv.extraCells', undefined],
    ]);
  });

  it('refuses a header without the needed columns or with unknown ones', () => {
    expect(problemsOf('participant,score,now\nP1,7,8')).toEqual([
      [1, 'csv.unknownColumn', { column: 'score' }],
      [1, 'csv.missingColumn', { column: 'block/bouwsteen' }],
      [1, 'csv.missingColumn', { column: 'target/doel' }],
    ]);
  });

  it('refuses a column given twice', () => {
    expect(problemsOf('participant,deelnemer,block,now,target\nP1,P1,1,7,8')).toEqual([
      [1, 'csv.duplicateColumn', { column: 'deelnemer' }],
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(problemsOf('')).toEqual([[0, 'csv.empty', undefined]]);
    expect(problemsOf(HEADER)).toEqual([[1, 'csv.noRows', undefined]]);
  });
});

describe('parseMark', () => {
  it('accepts whole marks, decimal points and decimal commas from 1 to 10', () => {
    expect(parseMark('1')).toBe(1);
    expect(parseMark('10')).toBe(10);
    expect(parseMark('7.5')).toBe(7.5);
    expect(parseMark('7,5')).toBe(7.5);
    expect(parseMark('10,0')).toBe(10);
    expect(parseMark('')).toBeNull();
  });

  it('refuses everything else', () => {
    for (const text of ['0', '0,9', '10,5', '11', '1e1', '+7', '7,', ',5', 'seven', '7 5']) {
      expect(parseMark(text), text).toBeUndefined();
    }
  });
});
