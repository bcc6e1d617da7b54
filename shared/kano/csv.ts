import type { Command } from '../commands';
import {
  columnCell,
  readColumnHeaders,
  readCsv,
  type ColumnHeaders,
  type CsvOutcome,
  type CsvProblem,
  type CsvRow,
} from '../csv';
import { GroupResolver, sameGroupName } from '../groups';
import { newId } from '../ids';
import { MAX_GROUP_NAME, MAX_GROUPS, type Session } from '../session';
import { parseKanoAnswer } from './evaluation';
import { wishNameKey } from './commands';
import type { KanoResponse } from './model';

/** 50 wishes × 1,000 respondents is 50,000 rows; this leaves room for large surveys. */
export const KANO_CSV_MAX_ROWS = 250_000;
/** One command per respondent goes to executeMany, which takes at most 20,000 (shared/api.ts). */
const MAX_RESPONDENTS = 19_000;

type Column = 'respondent' | 'group' | 'wish' | 'functional' | 'dysfunctional' | 'importance';
const REQUIRED_COLUMNS: readonly Column[] = ['respondent', 'wish', 'functional', 'dysfunctional'];
/** Header names, English as documented and their Dutch equivalents. */
const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  respondent: 'respondent',
  group: 'group',
  groep: 'group',
  wish: 'wish',
  wens: 'wish',
  functional: 'functional',
  functioneel: 'functional',
  dysfunctional: 'dysfunctional',
  disfunctioneel: 'dysfunctional',
  dysfunctioneel: 'dysfunctional',
  importance: 'importance',
  belang: 'importance',
};

export interface KanoImport {
  /** Apply all of them in one executeMany: groups first, then wishes, then respondents. */
  commands: Command[];
  respondents: number;
  answers: number;
  newWishes: number;
  newGroups: number;
}

interface ImportedRespondent {
  label: string;
  groupName: string | null;
  /** The line that fixed the respondent's group, to point at on a conflict. */
  groupLine: number;
  firstLine: number;
  /** Keyed by wish name key. */
  answers: Map<string, { line: number; response: KanoResponse }>;
}

interface ReadRows {
  respondents: Map<string, ImportedRespondent>;
  /** Wish names by key, in the order they first appear. */
  wishes: Map<string, string>;
  problems: CsvProblem[];
  notes: CsvProblem[];
}

/**
 * Reads the long format `respondent,group,wish,functional,dysfunctional[,importance]`, one row
 * per respondent and wish, into the commands that add it to `session`. Everything or nothing:
 * any wrong value gives line-numbered problems and no commands.
 */
export function parseKanoCsv(
  text: string,
  session: Session,
  makeId: () => string = newId,
): CsvOutcome<KanoImport> {
  const table = readCsv(text, KANO_CSV_MAX_ROWS);
  if (!table.ok) return table;
  const columns = readColumnHeaders(table.value.headers, COLUMN_NAMES, REQUIRED_COLUMNS);
  if (!columns.ok) return columns;
  if (table.value.rows.length === 0) {
    return { ok: false, problems: [{ line: 1, key: 'kano.csv.noRows' }] };
  }
  const read = readRows(table.value.rows, columns.value);
  if (read.problems.length > 0) return { ok: false, problems: read.problems };
  return buildCommands(read, session, makeId);
}

function readRows(rows: CsvRow[], columns: ColumnHeaders<Column>): ReadRows {
  const read: ReadRows = { respondents: new Map(), wishes: new Map(), problems: [], notes: [] };
  for (const row of rows) readRow(row, columns, read);
  return read;
}

function readRow(row: CsvRow, columns: ColumnHeaders<Column>, read: ReadRows): void {
  const { line } = row;
  const cell = (column: Column) => columnCell(row, columns, column);
  const problem = (key: CsvProblem['key'], params?: CsvProblem['params']) =>
    read.problems.push({ line, key, ...(params && { params }) });
  const before = read.problems.length;

  if (row.extra > 0) problem('csv.extraCells');
  const label = cell('respondent');
  if (label === '') problem('kano.csv.missingRespondent');
  else if (label.length > 100) problem('kano.csv.longRespondent', { max: 100 });
  const wish = cell('wish').replace(/\s+/g, ' ');
  if (wish === '') problem('kano.csv.missingWish');
  else if (wish.length > 200) problem('kano.csv.longWish', { max: 200 });
  const groupName = cell('group');
  if (groupName.length > MAX_GROUP_NAME) problem('csv.groupTooLong', { max: MAX_GROUP_NAME });
  const functional = readAnswer(cell('functional'), columns.functional ?? '', problem);
  const dysfunctional = readAnswer(cell('dysfunctional'), columns.dysfunctional ?? '', problem);
  const importance = readImportance(cell('importance'), problem);
  if (read.problems.length > before || functional === null || dysfunctional === null) return;

  const respondent = respondentFor(read, label, groupName === '' ? null : groupName, line);
  if (!respondent) return;
  const wishKey = wishNameKey(wish);
  if (!read.wishes.has(wishKey)) read.wishes.set(wishKey, wish);
  const earlier = respondent.answers.get(wishKey);
  if (earlier) {
    read.notes.push({
      line,
      key: 'kano.csv.duplicate',
      params: { respondent: respondent.label, wish, earlier: earlier.line },
    });
  }
  respondent.answers.set(wishKey, { line, response: { functional, dysfunctional, importance } });
}

type Report = (key: CsvProblem['key'], params?: CsvProblem['params']) => void;

function readAnswer(value: string, column: string, problem: Report): number | null {
  if (value === '') {
    problem('kano.csv.missingAnswer', { column });
    return null;
  }
  const answer = parseKanoAnswer(value);
  if (answer === null) problem('kano.csv.badAnswer', { column, value });
  return answer;
}

function readImportance(value: string, problem: Report): number | null {
  if (value === '') return null;
  const importance = /^\d+$/.test(value) ? Number(value) : NaN;
  if (importance >= 1 && importance <= 9) return importance;
  problem('kano.csv.badImportance', { value });
  return null;
}

/** The respondent of a row; null (with a problem) when the row puts them in another group. */
function respondentFor(
  read: ReadRows,
  label: string,
  groupName: string | null,
  line: number,
): ImportedRespondent | null {
  const key = label.toLocaleLowerCase('nl-NL');
  const known = read.respondents.get(key);
  if (!known) {
    const created: ImportedRespondent = {
      label,
      groupName,
      groupLine: line,
      firstLine: line,
      answers: new Map(),
    };
    read.respondents.set(key, created);
    return created;
  }
  if (!sameGroupName(known.groupName ?? '', groupName ?? '')) {
    read.problems.push({
      line,
      key: 'kano.csv.groupConflict',
      params: { respondent: known.label, earlier: known.groupLine },
    });
    return null;
  }
  return known;
}

function buildCommands(
  read: ReadRows,
  session: Session,
  makeId: () => string,
): CsvOutcome<KanoImport> {
  if (read.respondents.size > MAX_RESPONDENTS) {
    return {
      ok: false,
      problems: [{ line: 1, key: 'kano.csv.tooManyRespondents', params: { max: MAX_RESPONDENTS } }],
    };
  }
  const commands: Command[] = [];

  const groups = new GroupResolver(session.groups, makeId);
  for (const respondent of read.respondents.values()) {
    if (respondent.groupName === null || groups.find(respondent.groupName)) continue;
    if (groups.all.length >= MAX_GROUPS) {
      return {
        ok: false,
        problems: [
          {
            line: respondent.groupLine,
            key: 'kano.csv.tooManyGroups',
            params: { max: MAX_GROUPS },
          },
        ],
      };
    }
    groups.resolve(respondent.groupName);
  }
  commands.push(...groups.created.map((group): Command => ({ type: 'session.addGroup', group })));

  const wishIds = new Map(session.kano.wishes.map((w) => [wishNameKey(w.name), w.id]));
  const newWishes: { id: string; name: string; description: string }[] = [];
  for (const [key, name] of read.wishes) {
    if (wishIds.has(key)) continue;
    const id = makeId();
    wishIds.set(key, id);
    newWishes.push({ id, name, description: '' });
  }
  if (newWishes.length > 0) commands.push({ type: 'kano.addWishes', wishes: newWishes });

  const notes = [...read.notes];
  const existingLabels = new Set(
    session.kano.respondents.map((r) => r.label.toLocaleLowerCase('nl-NL')).filter((l) => l !== ''),
  );
  let answers = 0;
  for (const [key, respondent] of read.respondents) {
    if (existingLabels.has(key)) {
      notes.push({
        line: respondent.firstLine,
        key: 'kano.csv.sameLabel',
        params: { respondent: respondent.label },
      });
    }
    const byWishId: Record<string, KanoResponse> = {};
    for (const [wishKey, { response }] of respondent.answers) {
      byWishId[wishIds.get(wishKey) as string] = response;
      answers += 1;
    }
    commands.push({
      type: 'kano.addRespondent',
      respondent: {
        id: makeId(),
        label: respondent.label,
        group: respondent.groupName === null ? null : groups.resolve(respondent.groupName),
        answers: byWishId,
      },
    });
  }
  notes.sort((a, b) => a.line - b.line);
  return {
    ok: true,
    value: {
      commands,
      respondents: read.respondents.size,
      answers,
      newWishes: newWishes.length,
      newGroups: groups.created.length,
    },
    notes,
  };
}
