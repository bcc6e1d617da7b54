import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodCommands } from '../../main/cli/methodCommands';
import type { CliContext } from '../../main/cli/types';
import { apply, type Command } from '../../shared/commands';
import { decodeCsv, formatCsvProblems, type CsvProblem } from '../../shared/csv';
import { importMethodCsv, METHOD_IDS, type MethodId } from '../../shared/methods';
import { participantKey } from '../../shared/participants';
import { newSession, type Session } from '../../shared/session';
import {
  cultureSampleText,
  SAMPLE_FILES,
  SAMPLE_WORDS,
  utf16,
  utf8,
  windows1252,
} from '../fixtures/csv/samples';

function emptySession(): Session {
  return newSession('s1', { name: 'CSV' }, new Date('2026-03-01T10:00:00Z'));
}

function ids(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

function importBytes(method: MethodId, bytes: Uint8Array, session = emptySession()) {
  return importMethodCsv(method, bytes, session, ids());
}

function problemsOf(method: MethodId, bytes: Uint8Array, session = emptySession()): CsvProblem[] {
  const outcome = importBytes(method, bytes, session);
  if (outcome.ok) throw new Error(`expected ${method} to refuse the file`);
  return outcome.problems;
}

/** The culture words the commands add: current and desired of each entry. */
function cultureWords(commands: readonly Command[]): string[][] {
  return commands.flatMap((c) =>
    c.type === 'culture.addEntry' ? [[...c.entry.current], [...c.entry.desired]] : [],
  );
}

/** What the culture sample (samples.ts) holds, read by hand. */
const SAMPLE_ENTRIES = [['één', 'creëren', 'café'], ['open'], ['traag'], ['één', 'creëren']];

describe('CSV engine: encodings', () => {
  it('reads a Windows-1252 file (Excel on a Dutch Windows) with exactly its words', () => {
    const bytes = windows1252(cultureSampleText(';'));
    // "één" is e9 e9 6e: not valid UTF-8, so the engine falls back to Windows-1252.
    expect([...bytes.subarray(0, 3)]).toEqual([0x64, 0x65, 0x65]);
    const outcome = importBytes('culture', bytes);
    if (!outcome.ok) throw new Error(formatCsvProblems(outcome.problems, 'en'));
    expect(outcome.value.encoding).toBe('windows-1252');
    expect(cultureWords(outcome.value.commands)).toEqual(SAMPLE_ENTRIES);
    expect(outcome.value.newGroups).toEqual(['Café']);
    expect(cultureWords(outcome.value.commands).flat()).toEqual(
      expect.arrayContaining([...SAMPLE_WORDS]),
    );
  });

  it.each([
    ['utf-16le', utf16(cultureSampleText('\t'), 'le')],
    ['utf-16be', utf16(cultureSampleText('\t'), 'be')],
    ['utf-8', utf8(cultureSampleText(','), true)],
    ['utf-8', utf8(cultureSampleText(';'))],
  ] as const)('reads the same file as %s', (encoding, bytes) => {
    const outcome = importBytes('culture', bytes);
    if (!outcome.ok) throw new Error(formatCsvProblems(outcome.problems, 'en'));
    expect(outcome.value.encoding).toBe(encoding);
    expect(cultureWords(outcome.value.commands)).toEqual(SAMPLE_ENTRIES);
  });

  it('refuses NUL bytes in a file that is not UTF-16, as not a CSV file', () => {
    const text = cultureSampleText(',').replace('open', 'op\u0000en');
    expect(problemsOf('culture', utf8(text))).toEqual([{ line: 0, key: 'csv.notCsv' }]);
  });

  it('refuses a file that is no text at all, with a plain message', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    const brokenUtf16 = utf16('participant', 'le').subarray(0, 7);
    // Terminal escapes (ESC, C1 CSI) are control characters no spreadsheet writes.
    const escapes = utf8('respondent,wish\u001b[2J,functional,dysfunctional\nA,\u009b31m,1,5\n');
    for (const bytes of [zip, png, brokenUtf16, escapes]) {
      const problems = problemsOf('kano', bytes);
      expect(problems).toEqual([{ line: 0, key: 'csv.notCsv' }]);
      expect(formatCsvProblems(problems, 'en')).toMatch(/^This is not a CSV file\./);
    }
  });

  it('decodes without a BOM in the text', () => {
    const decoded = decodeCsv(utf8('a,b\n', true));
    expect(decoded.ok && decoded.value).toEqual({ text: 'a,b\n', encoding: 'utf-8' });
  });

  it('keeps the sample files in test/fixtures/csv equal to their generator', () => {
    for (const [name, bytes] of Object.entries(SAMPLE_FILES)) {
      const file = readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));
      expect(new Uint8Array(file), name).toEqual(bytes);
    }
  });

  it('reads the Windows-1252 sample file through the command line too', async () => {
    const lines: string[] = [];
    const ctx: CliContext = {
      store: () => Promise.reject(new Error('no store in this test')),
      print: (line) => lines.push(line),
    };
    const analyse = methodCommands.find((c) => c.path.join(' ') === 'analyse culture');
    await analyse?.run(ctx, ['test/fixtures/csv/culture-windows-1252.csv'], { json: true });
    const json = JSON.parse(lines[0] ?? '');
    // één: P1 current and P2 desired; creëren likewise; café only P1 current.
    expect(json.current.map((w: { word: string }) => w.word)).toEqual([
      'café',
      'creëren',
      'één',
      'traag',
    ]);
    expect(json.keep).toEqual(['creëren', 'één']);
  });
});

describe('CSV engine: delimiters and structure', () => {
  const header =
    'participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4';
  const rows = ['P1,,open,traag,,,snel,,,', 'P2,Team,"regels, regels",,,,vlot,,,'];

  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
  ])('reads a %s-separated file to the same commands', (_name, delimiter) => {
    const text = [header, ...rows].join('\n').replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, delimiter);
    const outcome = importBytes('culture', utf8(text));
    expect(outcome.ok && cultureWords(outcome.value.commands)).toEqual([
      ['open', 'traag'],
      ['snel'],
      ['regels, regels'],
      ['vlot'],
    ]);
  });

  it('honours a first line sep=; and counts it as a line', () => {
    const text = `sep=;\n${header.replaceAll(',', ';')}\nP1;;open;;;;;;;;x\n`;
    expect(problemsOf('culture', utf8(text))).toEqual([{ line: 3, key: 'csv.extraCells' }]);
  });

  it('refuses an unterminated quote with its line, importing nothing', () => {
    const bytes = SAMPLE_FILES['culture-unterminated-quote.csv']!;
    const problems = problemsOf('culture', bytes);
    expect(problems).toEqual([{ line: 3, key: 'csv.unterminatedQuote' }]);
    expect(formatCsvProblems(problems, 'nl')).toMatch(/^Regel 3: hier begint een aanhalingsteken/);
  });

  it('counts lines inside a quoted cell that spans lines', () => {
    const text = `${header}\nP1,,"open\nen eerlijk",,,,,,,\nP2,,traag,,,,,,,,x\n`;
    expect(problemsOf('culture', utf8(text))).toEqual([{ line: 4, key: 'csv.extraCells' }]);
  });
});

/** Each method's smallest valid file, with the participant and group columns under one name. */
const FORMATS: Record<MethodId, { header: string; row(label: string, group?: string): string }> = {
  culture: {
    header:
      'participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4',
    row: (label, group = '') => `${label},${group},open,,,,snel,,,`,
  },
  kano: {
    header: 'participant,group,wish,functional,dysfunctional',
    row: (label, group = '') => `${label},${group},Parking,1,5`,
  },
  excellence: {
    header: 'participant,group,block,now,target',
    row: (label, group = '') => `${label},${group},1,7,9`,
  },
};

/** A session with groups G1 … G48, so the file's third new group is the 51st. */
function sessionWith48Groups(): Session {
  return Array.from({ length: 48 }, (_, i) => i + 1).reduce(
    (s, n) => apply(s, { type: 'session.addGroup', group: { id: `g${n}`, name: `G${n}` } }),
    emptySession(),
  );
}

interface MalformedCase {
  name: string;
  file(format: (typeof FORMATS)[MethodId]): string | Uint8Array;
  session?: () => Session;
  expected: CsvProblem[];
}

/**
 * One table of malformed files, each run through every method: the same problem (key, line and
 * parameters) and so the same words in each. Lines counted by hand: the header is line 1.
 */
const MALFORMED: MalformedCase[] = [
  {
    name: 'NUL bytes',
    file: (f) => utf8(`${f.header}\n${f.row('P\u00001')}\n`),
    expected: [{ line: 0, key: 'csv.notCsv' }],
  },
  { name: 'an empty file', file: () => ' \r\n\r\n', expected: [{ line: 0, key: 'csv.empty' }] },
  {
    name: 'an unterminated quote on line 3',
    file: (f) => `${f.header}\n${f.row('P1')}\n${f.row('"P2')}\n${f.row('P3')}\n`,
    expected: [{ line: 3, key: 'csv.unterminatedQuote' }],
  },
  {
    name: 'text after a closing quote on line 2',
    file: (f) => `${f.header}\n${f.row('"P1"x')}\n`,
    expected: [{ line: 2, key: 'csv.strayQuote' }],
  },
  {
    name: 'a row with too many cells on line 3',
    file: (f) => `${f.header}\n${f.row('P1')}\n${f.row('P2')},extra\n`,
    expected: [{ line: 3, key: 'csv.extraCells' }],
  },
  {
    name: 'an unknown header',
    file: (f) => `${f.header},score\n${f.row('P1')}\n`,
    expected: [{ line: 1, key: 'csv.unknownColumn', params: { column: 'score' } }],
  },
  {
    name: 'a header naming a column twice',
    file: (f) => `${f.header},groep\n${f.row('P1')}\n`,
    expected: [{ line: 1, key: 'csv.duplicateColumn', params: { column: 'groep' } }],
  },
  {
    name: 'a header without rows',
    file: (f) => `${f.header}\n,,\n`,
    expected: [{ line: 1, key: 'csv.noRows' }],
  },
  {
    name: 'a participant label of 101 characters on line 2',
    file: (f) => `${f.header}\n${f.row('p'.repeat(101))}\n`,
    expected: [{ line: 2, key: 'csv.tooLong', params: { column: 'participant', max: 100 } }],
  },
  {
    name: 'a group name of 61 characters on line 3',
    file: (f) => `${f.header}\n${f.row('P1')}\n${f.row('P2', 'g'.repeat(61))}\n`,
    expected: [{ line: 3, key: 'csv.tooLong', params: { column: 'group', max: 60 } }],
  },
  {
    // 48 groups in the session; g1 and G2 exist, "New A" (49th) is named twice, "New B" is the
    // 50th and "New C", on line 7, the 51st.
    name: 'a 51st group on line 7',
    session: sessionWith48Groups,
    file: (f) =>
      [
        f.header,
        f.row('P1', 'g1'),
        f.row('P2', 'New A'),
        f.row('P3', 'G2'),
        f.row('P4', 'new a'),
        f.row('P5', 'New B'),
        f.row('P6', 'New C'),
        f.row('P7', 'New D'),
      ].join('\n'),
    expected: [{ line: 7, key: 'csv.tooManyGroups', params: { group: 'New C', max: 50 } }],
  },
];

describe('CSV engine: the same malformed file gives the same problem in every method', () => {
  for (const testCase of MALFORMED) {
    it(testCase.name, () => {
      const texts = METHOD_IDS.map((method) => {
        const file = testCase.file(FORMATS[method]);
        const bytes = typeof file === 'string' ? utf8(file) : file;
        const session = testCase.session?.() ?? emptySession();
        const problems = problemsOf(method, bytes, session);
        expect(problems, method).toEqual(testCase.expected);
        return formatCsvProblems(problems, 'nl');
      });
      // The same words, in the UI language, whatever the method.
      expect(new Set(texts).size).toBe(1);
    });
  }

  it('accepts the 50th group', () => {
    for (const method of METHOD_IDS) {
      const { header, row } = FORMATS[method];
      const text = [header, row('P1', 'New A'), row('P2', 'New B')].join('\n');
      const outcome = importBytes(method, utf8(text), sessionWith48Groups());
      expect(outcome.ok && outcome.value.newGroups, method).toEqual(['New A', 'New B']);
    }
  });
});

describe('CSV engine: one participant identity rule', () => {
  it('is trimmed, case- and accent-insensitive', () => {
    expect(participantKey(' Ánna ')).toBe(participantKey('anna'));
    expect(participantKey('Anna')).not.toBe(participantKey('Anne'));
    expect(participantKey('   ')).toBe('');
  });

  it('notes a label the session already has in the same words in every method', () => {
    const texts = METHOD_IDS.map((method) => {
      const { header, row } = FORMATS[method];
      const first = importBytes(method, utf8(`${header}\n${row('Anna')}`));
      if (!first.ok) throw new Error('expected the first import to succeed');
      const session = first.value.commands.reduce(apply, emptySession());
      const again = importBytes(method, utf8(`${header}\n${row(' ánna')}`), session);
      expect(again.ok && again.notes, method).toEqual([
        { line: 2, key: 'csv.participantExists', params: { participant: 'ánna' } },
      ]);
      return again.ok ? formatCsvProblems(again.notes, 'en') : '';
    });
    expect(texts).toEqual(Array(3).fill(texts[0]));
  });

  it('makes "Anna" and "anna" one participant (culture: one row each, so refused)', () => {
    const outcomes = Object.fromEntries(
      METHOD_IDS.map((method) => {
        const { header } = FORMATS[method];
        const second =
          method === 'kano'
            ? 'anna,,Coffee,2,5'
            : method === 'excellence'
              ? 'anna,,2,6,8'
              : 'anna,,snel,,,,,,,';
        return [
          method,
          importBytes(method, utf8(`${header}\n${FORMATS[method].row('Anna')}\n${second}`)),
        ];
      }),
    );
    expect(outcomes.kano?.ok && outcomes.kano.value.participants).toBe(1);
    expect(outcomes.excellence?.ok && outcomes.excellence.value.participants).toBe(1);
    expect(!outcomes.culture?.ok && outcomes.culture?.problems).toEqual([
      { line: 3, key: 'csv.duplicateParticipant', params: { participant: 'anna', first: 2 } },
    ]);
  });

  it('refuses one participant in two groups with both lines, in Kano and Service Excellence', () => {
    for (const method of ['kano', 'excellence'] as const) {
      const { header } = FORMATS[method];
      const second = method === 'kano' ? 'anna,B,Coffee,2,5' : 'anna,B,2,6,8';
      const problems = problemsOf(
        method,
        utf8(`${header}\n${FORMATS[method].row('Anna', 'A')}\n${second}`),
      );
      expect(problems, method).toEqual([
        { line: 3, key: 'csv.groupConflict', params: { participant: 'Anna', first: 2 } },
      ]);
    }
  });
});
