import type { Command } from '../commands';
import { readCsv, type CsvOutcome, type CsvProblem, type CsvRow } from '../csv';
import { newId } from '../ids';
import { GroupResolver } from '../groups';
import { MAX_GROUP_NAME, type Session } from '../session';
import { WORDS_PER_SIDE } from './model';

export const MAX_CULTURE_ROWS = 10_000;
const MAX_WORD = 500;
const MAX_PARTICIPANT = 100;

const SLOTS = Array.from({ length: WORDS_PER_SIDE }, (_, i) => i + 1);
const WORD_COLUMNS = [...SLOTS.map((n) => `current_${n}`), ...SLOTS.map((n) => `desired_${n}`)];

/** Header names (lower case, English or Dutch) → the column they stand for. */
const COLUMN_NAMES: ReadonlyMap<string, string> = new Map([
  ['participant', 'participant'],
  ['deelnemer', 'participant'],
  ['group', 'group'],
  ['groep', 'group'],
  ...SLOTS.flatMap((n): [string, string][] => [
    [`current_${n}`, `current_${n}`],
    [`huidig_${n}`, `current_${n}`],
    [`desired_${n}`, `desired_${n}`],
    [`gewenst_${n}`, `desired_${n}`],
  ]),
]);
const REQUIRED_COLUMNS = ['participant', ...WORD_COLUMNS];
const DUTCH_NAME = new Map(
  [...COLUMN_NAMES].filter(([nl, en]) => nl !== en).map(([nl, en]) => [en, nl]),
);

/** One participant's row, as read: words trimmed, empty slots dropped. */
export interface CultureCsvRow {
  line: number;
  participant: string;
  /** Group name as written; empty when the row names no group. */
  group: string;
  current: string[];
  desired: string[];
}

/** Maps each header to its column, or lists what is wrong with the header row. */
function readHeader(headers: string[]): { columns: string[] } | { problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const columns = headers.map((header) => {
    const column = COLUMN_NAMES.get(header);
    if (column === undefined) {
      problems.push({ line: 1, key: 'csv.unknownColumn', params: { column: header } });
    }
    return column ?? '';
  });
  columns.forEach((column, index) => {
    if (column !== '' && columns.indexOf(column) !== index) {
      const params = { column: headers[index] ?? column };
      problems.push({ line: 1, key: 'csv.duplicateColumn', params });
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columns.includes(column)) {
      const names = `${column}/${DUTCH_NAME.get(column) ?? column}`;
      problems.push({ line: 1, key: 'csv.missingColumn', params: { column: names } });
    }
  }
  return problems.length > 0 ? { problems } : { columns };
}

function readRow(row: CsvRow, headers: string[], columns: string[]): CultureCsvRow | CsvProblem {
  const { line } = row;
  if (row.extra > 0)
    return { line, key: 'culture.csv.tooManyWords', params: { max: WORDS_PER_SIDE } };
  const cell = (column: string) => {
    const header = headers[columns.indexOf(column)];
    return header === undefined ? '' : (row.cells[header] ?? '');
  };
  const side = (prefix: string) =>
    SLOTS.map((n) => cell(`${prefix}_${n}`)).filter((word) => word !== '');
  const parsed = {
    line,
    participant: cell('participant'),
    group: cell('group'),
    current: side('current'),
    desired: side('desired'),
  };
  if ([...parsed.current, ...parsed.desired].some((word) => word.length > MAX_WORD)) {
    return { line, key: 'culture.csv.wordTooLong', params: { max: MAX_WORD } };
  }
  if (parsed.participant.length > MAX_PARTICIPANT) {
    return { line, key: 'csv.participantTooLong', params: { max: MAX_PARTICIPANT } };
  }
  if (parsed.group.length > MAX_GROUP_NAME) {
    return { line, key: 'csv.groupTooLong', params: { max: MAX_GROUP_NAME } };
  }
  return parsed;
}

/**
 * Reads a culture CSV (format in docs/culture.md). All or nothing: any problem refuses the
 * whole file. Rows without a single word are skipped with a note (someone who gave nothing).
 */
export function parseCultureCsv(text: string): CsvOutcome<CultureCsvRow[]> {
  const table = readCsv(text, MAX_CULTURE_ROWS);
  if (!table.ok) return table;
  const { headers, rows } = table.value;
  const header = readHeader(headers);
  if ('problems' in header) return { ok: false, problems: header.problems };

  const problems: CsvProblem[] = [];
  const notes: CsvProblem[] = [];
  const entries: CultureCsvRow[] = [];
  for (const row of rows) {
    const result = readRow(row, headers, header.columns);
    if ('key' in result) problems.push(result);
    else if (result.current.length + result.desired.length === 0) {
      notes.push({ line: row.line, key: 'culture.csv.emptyRowSkipped' });
    } else entries.push(result);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: entries, notes };
}

export interface CultureImport {
  /** One undo step: new groups first, then one entry per participant. */
  commands: Command[];
  entries: number;
  newGroups: string[];
}

/** Commands that add the rows to a session; group names unknown to the session become groups. */
export function cultureImportCommands(
  session: Session,
  rows: readonly CultureCsvRow[],
  makeId: () => string = newId,
): CultureImport {
  const groups = new GroupResolver(session.groups, makeId);
  const groupId = (name: string): string | null => (name === '' ? null : groups.resolve(name));
  const entryCommands: Command[] = rows.map((row) => ({
    type: 'culture.addEntry',
    entry: {
      id: makeId(),
      participant: row.participant,
      group: groupId(row.group),
      current: row.current,
      desired: row.desired,
    },
  }));
  return {
    commands: [
      ...groups.created.map((group): Command => ({ type: 'session.addGroup', group })),
      ...entryCommands,
    ],
    entries: rows.length,
    newGroups: groups.created.map((g) => g.name),
  };
}
