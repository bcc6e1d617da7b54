import Papa from 'papaparse';
import { translate, type MessageKey, type MessageParams } from './i18n';
import type { Language } from './session';

// The CSV engine's first half: bytes → text → a table of cells with line numbers, and the header
// row → the columns a method declares. Every method's import goes through it (shared/csvImport.ts),
// so every method reads the same files and refuses the same mistakes in the same words.

/**
 * One thing wrong with (or worth saying about) a CSV file, at a 1-based line of the file; line 0
 * is the file as a whole ("this is not a CSV file").
 */
export interface CsvProblem {
  line: number;
  key: MessageKey;
  params?: MessageParams;
}

/** The outcome of reading an import: everything or nothing. */
export type CsvOutcome<T> =
  { ok: true; value: T; notes: CsvProblem[] } | { ok: false; problems: CsvProblem[] };

/** The encodings a CSV file may come in; what Excel writes on Windows and on a Mac. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file larger than this is refused before it is read (the renderer and the CLI both check). */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** Line of the file where the row starts. */
  line: number;
  /** The cells as read, trimmed. */
  cells: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  header: CsvRecord;
  rows: CsvRecord[];
}

function problem(line: number, key: MessageKey, params?: MessageParams): CsvProblem {
  return params === undefined ? { line, key } : { line, key, params };
}

function refuse<T>(line: number, key: MessageKey, params?: MessageParams): CsvOutcome<T> {
  return { ok: false, problems: [problem(line, key, params)] };
}

/**
 * The text of a CSV file's bytes: UTF-16 (LE or BE) when it starts with that byte order mark
 * (Excel's "Unicode text"), else UTF-8 with or without BOM, else, when the bytes are not valid
 * UTF-8, Windows-1252 (what Excel writes on a Dutch Windows). Bytes that are no text at all
 * (NUL bytes, control characters: a spreadsheet, a PDF, an image) are refused.
 */
export function decodeCsv(bytes: Uint8Array): CsvOutcome<{ text: string; encoding: CsvEncoding }> {
  const decoded = decodeText(bytes);
  if (decoded === null || !looksLikeText(decoded.text)) return refuse(0, 'csv.notCsv');
  return { ok: true, value: decoded, notes: [] };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | null {
  const starts = (...marks: number[]) => marks.every((byte, i) => bytes[i] === byte);
  const strict = (encoding: 'utf-8' | 'utf-16le' | 'utf-16be', from: number): string | null => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
        bytes.subarray(from),
      );
    } catch {
      return null;
    }
  };
  if (starts(0xff, 0xfe)) {
    const text = strict('utf-16le', 2);
    return text === null ? null : { text, encoding: 'utf-16le' };
  }
  if (starts(0xfe, 0xff)) {
    const text = strict('utf-16be', 2);
    return text === null ? null : { text, encoding: 'utf-16be' };
  }
  const bom = starts(0xef, 0xbb, 0xbf) ? 3 : 0;
  const utf8 = strict('utf-8', bom);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return {
    text: new TextDecoder('windows-1252').decode(bytes.subarray(bom)),
    encoding: 'windows-1252',
  };
}

/**
 * Text has no NUL and no control characters but tab and line ends (no DEL, no C1 controls:
 * Windows-1252's five unused bytes decode to those, and no spreadsheet writes them).
 */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function looksLikeText(text: string): boolean {
  return !NOT_TEXT.test(text);
}

/**
 * Reads a CSV text into records: the delimiter (`,` `;` or tab) is detected from the header
 * line, quoted cells as in RFC 4180, blank rows (also rows of only delimiters) skipped, a first
 * line `sep=;` as Excel writes it honoured. An unterminated or misplaced quote is refused with its
 * line; so is a file with more than `maxRows` data rows, at the first row over the limit, without
 * reading the rest.
 */
export function readCsv(text: string, maxRows: number): CsvOutcome<CsvTable> {
  let body = text.replace(/^\uFEFF/, '');
  if (!looksLikeText(body)) return refuse(0, 'csv.notCsv');
  if (body.trim() === '') return refuse(0, 'csv.empty');

  const lineStarts = lineStartOffsets(body);
  let skippedLines = 0;
  let delimiter = explicitDelimiter(body);
  if (delimiter !== null) {
    skippedLines = 1;
    body = body.slice(lineStarts[1] ?? body.length);
  } else delimiter = detectDelimiter(body);
  const starts = skippedLines === 0 ? lineStarts : lineStartOffsets(body);

  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let offset = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = offset;
      offset = result.meta.cursor;
      const error = result.errors[0];
      if (error) {
        const at = typeof error.index === 'number' ? error.index : start;
        const line = lineAt(starts, at) + skippedLines;
        const key = error.code === 'MissingQuotes' ? 'csv.unterminatedQuote' : 'csv.strayQuote';
        problems.push(problem(line, key));
        parser.abort();
        return;
      }
      const cells = result.data.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) return;
      // The row starts at its first non-blank character (a quoted cell may span lines).
      let first = start;
      while (first < offset && /\s/.test(body.charAt(first))) first++;
      const line = lineAt(starts, first) + skippedLines;
      if (records.length > maxRows) {
        problems.push(problem(line, 'csv.tooManyRows', { max: maxRows }));
        parser.abort();
        return;
      }
      records.push({ line, cells });
    },
  });
  if (problems.length > 0) return { ok: false, problems };
  const [header, ...rows] = records;
  if (!header) return refuse(0, 'csv.empty');
  return { ok: true, value: { delimiter, header, rows }, notes: [] };
}

/** Excel honours (and some exports write) a first line `sep=;` naming the delimiter. */
function explicitDelimiter(body: string): CsvDelimiter | null {
  const match = /^sep=([,;\t])\r?\n/i.exec(body);
  return match ? (match[1] as CsvDelimiter) : null;
}

/**
 * The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes
 * (a tie goes in that order). A header of one column has none and reads as `,`.
 */
function detectDelimiter(body: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body.charAt(i);
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as CsvDelimiter] += 1;
  }
  const order: CsvDelimiter[] = [',', ';', '\t'];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
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

/** A column a method's CSV format has. */
export interface CsvColumn<C extends string = string> {
  id: C;
  /** The documented (English) header name, lower case. */
  name: string;
  /** Other header names that mean the same column (Dutch), lower case. */
  aliases: readonly string[];
  required: boolean;
}

/** The columns every method's file may have; a method lists them among its own. */
export type SharedColumn = 'participant' | 'group';

/**
 * The participant column, the same names in every method (participant, deelnemer, respondent);
 * required unless a method keeps participants anonymous.
 */
export function participantColumn(
  required: boolean,
  name = 'participant',
): CsvColumn<'participant'> {
  const aliases = ['deelnemer', 'participant', 'respondent'].filter((n) => n !== name);
  return { id: 'participant', name, aliases, required };
}

export const GROUP_COLUMN: CsvColumn<'group'> = {
  id: 'group',
  name: 'group',
  aliases: ['groep'],
  required: false,
};

/** Where each column is in the file (index into a record's cells), for the columns it has. */
export type ColumnIndex<C extends string> = Partial<Record<C, number>>;

/** "participant/deelnemer": how a problem names a column the file lacks. */
export function columnNames(column: CsvColumn): string {
  return [column.name, ...column.aliases.slice(0, 1)].join('/');
}

/**
 * Maps the header row to the columns: header names in any case, English or Dutch. Problems (all
 * of them, on the header's line): an unknown header, a column given twice, a required column
 * missing. An empty header cell is no column; cells under it must stay empty (see extraCells).
 */
export function readColumnHeaders<C extends string>(
  header: CsvRecord,
  columns: readonly CsvColumn<C>[],
): CsvOutcome<ColumnIndex<C>> {
  const byName = new Map<string, CsvColumn<C>>();
  for (const column of columns) {
    for (const name of [column.name, ...column.aliases]) byName.set(name, column);
  }
  const { line } = header;
  const problems: CsvProblem[] = [];
  const index: ColumnIndex<C> = {};
  header.cells.forEach((cell, position) => {
    if (cell === '') return;
    const column = byName.get(cell.toLowerCase());
    if (column === undefined) problems.push(problem(line, 'csv.unknownColumn', { column: cell }));
    else if (index[column.id] !== undefined) {
      problems.push(problem(line, 'csv.duplicateColumn', { column: cell }));
    } else index[column.id] = position;
  });
  for (const column of columns) {
    if (column.required && index[column.id] === undefined) {
      problems.push(problem(line, 'csv.missingColumn', { column: columnNames(column) }));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: index, notes: [] };
}

/**
 * How many cells a row has beyond the columns of the header (non-empty cells past the header's
 * last cell or under an empty header cell); 0 for a row that fits.
 */
export function extraCells(record: CsvRecord, header: CsvRecord): number {
  let extra = 0;
  record.cells.forEach((cell, position) => {
    if (cell !== '' && (header.cells[position] ?? '') === '') extra += 1;
  });
  return extra;
}

/** Plain text for problems, the first `limit` of them, one per line. */
export function formatCsvProblems(problems: CsvProblem[], language: Language, limit = 10): string {
  const lines = problems.slice(0, limit).map((p) => {
    const text = translate(language, p.key, p.params);
    return p.line === 0 ? text : translate(language, 'csv.atLine', { line: p.line, text });
  });
  if (problems.length > limit) {
    lines.push(translate(language, 'csv.andMore', { count: problems.length - limit }));
  }
  return lines.join('\n');
}
