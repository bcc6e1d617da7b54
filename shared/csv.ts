import Papa from 'papaparse';
import { translate, type MessageKey, type MessageParams } from './i18n';
import type { Language } from './session';

/** One thing wrong with (or worth saying about) a CSV file, at a 1-based line of the file. */
export interface CsvProblem {
  line: number;
  key: MessageKey;
  params?: MessageParams;
}

/** The outcome of reading an import: everything or nothing. */
export type CsvOutcome<T> =
  { ok: true; value: T; notes: CsvProblem[] } | { ok: false; problems: CsvProblem[] };

export interface CsvRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  /** Cells by lower-cased, trimmed header name. */
  cells: Record<string, string>;
  /** Number of non-empty cells that have no header (extra columns). */
  extra: number;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/**
 * Reads a CSV text: UTF-8 with or without BOM, `,` or `;` (detected from the header line),
 * quoted cells as in RFC 4180, blank lines skipped. Stops with a problem when the file has more
 * than `maxRows` data rows, so a runaway file is refused without reading it all.
 */
export function readCsv(text: string, maxRows: number): CsvOutcome<CsvTable> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [{ line: 1, key: 'csv.empty' }] };
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';

  const lineStarts = lineStartOffsets(body);
  const records: { line: number; cells: string[] }[] = [];
  let tooMany = false;
  let offset = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      // The row starts at the first non-blank character after the previous row (blank lines skipped).
      while (offset < body.length && /\s/.test(body.charAt(offset))) offset++;
      const line = lineAt(lineStarts, offset);
      offset = result.meta.cursor;
      if (records.length > maxRows) {
        tooMany = true;
        parser.abort();
        return;
      }
      records.push({ line, cells: result.data });
    },
  });
  // The header counts as a record; more than maxRows data rows is refused.
  if (tooMany || records.length - 1 > maxRows) {
    return { ok: false, problems: [{ line: 1, key: 'csv.tooManyRows', params: { max: maxRows } }] };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, problems: [{ line: 1, key: 'csv.empty' }] };
  const headers = header.cells.map((h) => h.trim().toLowerCase());
  const rows = data.map(({ line, cells }) => {
    const named: Record<string, string> = {};
    let extra = 0;
    cells.forEach((value, index) => {
      const name = headers[index];
      if (name) named[name] = value.trim();
      else if (value.trim() !== '') extra += 1;
    });
    return { line, cells: named, extra };
  });
  return { ok: true, value: { headers, rows }, notes: [] };
}

/** Plain text for problems, the first `limit` of them, one per line. */
export function formatCsvProblems(problems: CsvProblem[], language: Language, limit = 10): string {
  const lines = problems.slice(0, limit).map((p) =>
    translate(language, 'csv.atLine', {
      line: p.line,
      text: translate(language, p.key, p.params),
    }),
  );
  if (problems.length > limit) {
    lines.push(translate(language, 'csv.andMore', { count: problems.length - limit }));
  }
  return lines.join('\n');
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Binary search: the 1-based line that contains character offset `offset`. */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** The file's header name of each column it has. */
export type ColumnHeaders<C extends string> = Partial<Record<C, string>>;

/**
 * Maps each column to the file's header for it. `names` are the header names a column may have
 * (English as documented, Dutch equivalents). Problems: an unknown header, a column given twice,
 * a required column missing.
 */
export function readColumnHeaders<C extends string>(
  headers: readonly string[],
  names: Readonly<Record<string, C>>,
  required: readonly C[],
): CsvOutcome<ColumnHeaders<C>> {
  const problems: CsvProblem[] = [];
  const columns: ColumnHeaders<C> = {};
  for (const header of headers) {
    const column = Object.hasOwn(names, header) ? names[header] : undefined;
    if (column === undefined) {
      if (header !== '') {
        problems.push({ line: 1, key: 'csv.unknownColumn', params: { column: header } });
      }
    } else if (columns[column] !== undefined) {
      problems.push({ line: 1, key: 'csv.duplicateColumn', params: { column: header } });
    } else columns[column] = header;
  }
  for (const column of required) {
    if (columns[column] === undefined) {
      problems.push({ line: 1, key: 'csv.missingColumn', params: { column } });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: columns, notes: [] };
}

/** The cell of a column in a row: '' when the file has no such column or the cell is empty. */
export function columnCell<C extends string>(
  row: CsvRow,
  columns: ColumnHeaders<C>,
  column: C,
): string {
  const header = columns[column];
  return header === undefined ? '' : (row.cells[header] ?? '');
}
