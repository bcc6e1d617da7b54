import type { Command } from './commands';
import {
  decodeCsv,
  extraCells,
  readColumnHeaders,
  readCsv,
  type CsvColumn,
  type CsvEncoding,
  type CsvOutcome,
  type CsvProblem,
  type CsvRecord,
  type SharedColumn,
} from './csv';
import { GroupResolver, sameGroupName } from './groups';
import { translate, type MessageKey, type MessageParams } from './i18n';
import { newId } from './ids';
import { methodById, type MethodId } from './methods';
import { MAX_PARTICIPANT_LABEL, participantKey } from './participants';
import { MAX_GROUP_NAME, MAX_GROUPS, type Group, type Language, type Session } from './session';

// The CSV engine's second half: rows → participants → commands, the same for every method.
// The engine owns what every method shares: the participant and group columns, the identity
// rule (shared/participants.ts), the group resolution and its limit, text limits, the notes
// about labels the session already has, and the summary. A method declares its columns and
// reads its own values (MethodCsvSpec, in shared/<method>/csv.ts).

/** One import adds at most this many participants: executeMany takes 20,000 commands. */
export const MAX_IMPORT_PARTICIPANTS = 19_000;

/** What an import adds, ready to send (contract with the renderer's import button). */
export interface MethodCsvImport {
  /** Apply in one executeMany (one undo step): new groups first, then the method's commands. */
  commands: Command[];
  encoding: CsvEncoding;
  /** Participants added. */
  participants: number;
  /** Names of the groups the import creates, in the order the file first names them. */
  newGroups: string[];
  /** The translated one-line summary ("12 deelnemers geïmporteerd. …") in `language`. */
  summary(language: Language): string;
}

/** A row as a method's reader sees it. */
export interface CsvRowReader<C extends string> {
  line: number;
  /** The trimmed cell of a column; '' when the file has no such column. */
  cell(column: C): string;
  /** The column's header as the file writes it, to name it in a message. */
  header(column: C): string;
  /** A text cell of at most `max` characters; a longer one is a problem (csv.tooLong). */
  text(column: C, max: number): string;
  /** A cell that may not be empty (csv.missingValue). */
  required(column: C): string;
  problem(key: MessageKey, params?: MessageParams): void;
  note(key: MessageKey, params?: MessageParams): void;
}

/** A participant of the file with the rows that belong to them, in file order. */
export interface CsvParticipant<R> {
  /** The label as first written; '' for an anonymous participant. */
  label: string;
  groupId: string | null;
  firstLine: number;
  rows: { line: number; value: R }[];
}

/** What a method makes of its participants: its commands, and what to say about them. */
export interface MethodRowsResult {
  commands: Command[];
  problems?: CsvProblem[];
  notes?: CsvProblem[];
  /** A method's own part of the summary ("60 answers, 5 new wishes."). */
  summary?: { key: MessageKey; params: MessageParams };
}

/** A method's CSV format, read by the engine. */
export interface MethodCsvSpec<C extends string = string, R = unknown> {
  /** Every column, the shared ones (participantColumn, GROUP_COLUMN) included. */
  columns: readonly CsvColumn<C | SharedColumn>[];
  /** The most data rows a file may have. */
  maxRows: number;
  /** 'one': a row is a participant (culture); 'many': rows with one label are one participant. */
  rowsPerParticipant: 'one' | 'many';
  /** The labels of the participants the session has, for the "already there" note. */
  existingLabels(session: Session): readonly string[];
  /** A row's own values; undefined skips the row (after a problem, or with a note). */
  readRow(row: CsvRowReader<C | SharedColumn>): R | undefined;
  /** The method's commands for the participants (groups are made by the engine). */
  commands(
    participants: readonly CsvParticipant<R>[],
    session: Session,
    makeId: () => string,
  ): MethodRowsResult;
}

/** A row of cells by column, wherever it comes from (a CSV file, a paste). */
export interface SourceRow<C extends string> {
  line: number;
  cell(column: C): string;
}

/** Reads a CSV file's bytes for one method against the session as it is now. All or nothing. */
export function importMethodCsv(
  method: MethodId,
  bytes: Uint8Array,
  session: Session,
  makeId: () => string = newId,
): CsvOutcome<MethodCsvImport> {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return decoded;
  return importCsvText(method, decoded.value.text, decoded.value.encoding, session, makeId);
}

/** importMethodCsv for a text already decoded (tests, benches). */
export function importMethodCsvText(
  method: MethodId,
  text: string,
  session: Session,
  makeId: () => string = newId,
): CsvOutcome<MethodCsvImport> {
  return importCsvText(method, text, 'utf-8', session, makeId);
}

function importCsvText(
  method: MethodId,
  text: string,
  encoding: CsvEncoding,
  session: Session,
  makeId: () => string,
): CsvOutcome<MethodCsvImport> {
  const spec: MethodCsvSpec = methodById(method).csv;
  const table = readCsv(text, spec.maxRows);
  if (!table.ok) return table;
  const { header, rows } = table.value;
  const columns = readColumnHeaders(header, spec.columns);
  if (!columns.ok) return columns;
  if (rows.length === 0) return { ok: false, problems: [{ line: header.line, key: 'csv.noRows' }] };

  const index = columns.value;
  const headerOf = (column: string) => {
    const position = index[column];
    return position === undefined ? column : (header.cells[position] ?? column);
  };
  const extra: CsvProblem[] = [];
  const source: SourceRow<string>[] = [];
  for (const record of rows) {
    if (extraCells(record, header) > 0) extra.push({ line: record.line, key: 'csv.extraCells' });
    else source.push(new TableRow(record, index));
  }
  return importRows(spec, source, headerOf, session, makeId, encoding, extra);
}

/** A record of the file, its cells by column. */
class TableRow implements SourceRow<string> {
  readonly line: number;

  constructor(
    private readonly record: CsvRecord,
    private readonly index: Readonly<Record<string, number | undefined>>,
  ) {
    this.line = record.line;
  }

  cell(column: string): string {
    const position = this.index[column];
    return position === undefined ? '' : (this.record.cells[position] ?? '');
  }
}

/**
 * The engine's row pipeline, also used for rows that come from elsewhere (the culture grid's
 * paste): rows → participants (identity rule, groups) → the method's commands.
 */
export function importRows<C extends string, R>(
  spec: MethodCsvSpec<C, R>,
  rows: readonly SourceRow<C | SharedColumn>[],
  headerOf: (column: C | SharedColumn) => string,
  session: Session,
  makeId: () => string,
  encoding: CsvEncoding = 'utf-8',
  earlierProblems: readonly CsvProblem[] = [],
): CsvOutcome<MethodCsvImport> {
  const problems: CsvProblem[] = [...earlierProblems];
  const notes: CsvProblem[] = [];
  const participants = new ParticipantCollector<R>(spec.rowsPerParticipant, session, makeId);
  const labelRequired = spec.columns.some((c) => c.id === 'participant' && c.required);

  const reader = new RowReader(headerOf, problems, notes);
  for (const row of rows) {
    const before = problems.length;
    reader.moveTo(row);
    const label = reader.text('participant', MAX_PARTICIPANT_LABEL);
    if (labelRequired) reader.required('participant');
    const groupName = reader.text('group', MAX_GROUP_NAME);
    const value = spec.readRow(reader);
    if (problems.length > before || value === undefined) continue;
    participants.add(row.line, label, groupName, value, problems);
  }
  // The method looks at the participants even when rows were refused, so that one reading
  // lists every problem of the file (a duplicate block as well as a bad mark).
  const found = participants.list();
  const result = spec.commands(found, session, makeId);
  problems.push(...(result.problems ?? []));
  if (problems.length > 0) return { ok: false, problems: byLine(problems) };
  notes.push(...existingLabelNotes(found, spec.existingLabels(session)), ...(result.notes ?? []));
  const newGroups = participants.groups.created;
  return {
    ok: true,
    value: {
      commands: [
        ...newGroups.map((group): Command => ({ type: 'session.addGroup', group })),
        ...result.commands,
      ],
      encoding,
      participants: found.length,
      newGroups: newGroups.map((g) => g.name),
      summary: (language) => summaryText(language, found.length, newGroups, result.summary),
    },
    notes: byLine(notes),
  };
}

/**
 * The reader a method's readRow gets; one for the whole file, moved from row to row (a file has
 * up to 250,000 rows: no objects per row but the problems).
 */
class RowReader<C extends string> implements CsvRowReader<C> {
  private row: SourceRow<C> = { line: 0, cell: () => '' };

  constructor(
    readonly header: (column: C) => string,
    private readonly problems: CsvProblem[],
    private readonly notes: CsvProblem[],
  ) {}

  get line(): number {
    return this.row.line;
  }

  moveTo(row: SourceRow<C>): void {
    this.row = row;
  }

  cell(column: C): string {
    return this.row.cell(column);
  }

  text(column: C, max: number): string {
    const value = this.row.cell(column);
    if (value.length > max) this.problem('csv.tooLong', { column: this.header(column), max });
    return value;
  }

  required(column: C): string {
    const value = this.row.cell(column);
    if (value === '') this.problem('csv.missingValue', { column: this.header(column) });
    return value;
  }

  problem(key: MessageKey, params?: MessageParams): void {
    this.problems.push(params ? { line: this.line, key, params } : { line: this.line, key });
  }

  note(key: MessageKey, params?: MessageParams): void {
    this.notes.push(params ? { line: this.line, key, params } : { line: this.line, key });
  }
}

/**
 * Rows → participants by the identity rule, resolving each participant's group when they first
 * appear: the group of the row that would be the session's 51st group is refused on that line.
 */
class ParticipantCollector<R> {
  readonly groups: GroupResolver;
  private readonly byKey = new Map<string, CsvParticipant<R> & { groupName: string }>();
  private readonly all: (CsvParticipant<R> & { groupName: string })[] = [];
  private groupLimitReported = false;

  constructor(
    private readonly rowsPerParticipant: 'one' | 'many',
    session: Session,
    makeId: () => string,
  ) {
    this.groups = new GroupResolver(session.groups, makeId);
  }

  add(line: number, label: string, groupName: string, value: R, problems: CsvProblem[]): void {
    const key = participantKey(label);
    const known = key === '' ? undefined : this.byKey.get(key);
    if (known && this.rowsPerParticipant === 'one') {
      problems.push({
        line,
        key: 'csv.duplicateParticipant',
        params: { participant: label, first: known.firstLine },
      });
      return;
    }
    if (known) {
      if (!sameGroupName(known.groupName, groupName)) {
        problems.push({
          line,
          key: 'csv.groupConflict',
          params: { participant: known.label, first: known.firstLine },
        });
        return;
      }
      known.rows.push({ line, value });
      return;
    }
    if (this.all.length >= MAX_IMPORT_PARTICIPANTS) {
      if (this.all.length === MAX_IMPORT_PARTICIPANTS) {
        problems.push({
          line,
          key: 'csv.tooManyParticipants',
          params: { max: MAX_IMPORT_PARTICIPANTS },
        });
      }
      return;
    }
    const groupId = this.groupId(line, groupName, problems);
    if (groupId === undefined) return;
    const participant = { label, groupName, groupId, firstLine: line, rows: [{ line, value }] };
    this.all.push(participant);
    if (key !== '') this.byKey.set(key, participant);
  }

  /** The id of the group of that name (null for none); undefined once over the limit. */
  private groupId(line: number, name: string, problems: CsvProblem[]): string | null | undefined {
    if (name === '') return null;
    const known = this.groups.find(name);
    if (known) return known.id;
    if (this.groups.all.length >= MAX_GROUPS) {
      if (!this.groupLimitReported) {
        problems.push({ line, key: 'csv.tooManyGroups', params: { group: name, max: MAX_GROUPS } });
        this.groupLimitReported = true;
      }
      return undefined;
    }
    return this.groups.resolve(name);
  }

  list(): CsvParticipant<R>[] {
    return this.all.map(({ groupName: _groupName, ...participant }) => participant);
  }
}

function existingLabelNotes(
  participants: readonly CsvParticipant<unknown>[],
  existing: readonly string[],
): CsvProblem[] {
  const keys = new Set(existing.map(participantKey).filter((key) => key !== ''));
  return participants
    .filter((p) => p.label !== '' && keys.has(participantKey(p.label)))
    .map((p) => ({
      line: p.firstLine,
      key: 'csv.participantExists',
      params: { participant: p.label },
    }));
}

/** Problems in file order; problems of one line keep the order they were found in. */
function byLine(problems: readonly CsvProblem[]): CsvProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

function summaryText(
  language: Language,
  participants: number,
  newGroups: readonly Group[],
  method: MethodRowsResult['summary'],
): string {
  const parts = [translate(language, 'csv.imported', { count: participants })];
  if (method) parts.push(translate(language, method.key, method.params));
  if (newGroups.length > 0) {
    const groups = newGroups.map((g) => g.name).join(', ');
    parts.push(translate(language, 'csv.importedNewGroups', { groups }));
  }
  return parts.join(' ');
}
