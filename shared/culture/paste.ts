import type { CsvOutcome, CsvProblem } from '../csv';
import { importRows, type MethodCsvImport } from '../csvImport';
import { newId } from '../ids';
import type { Session } from '../session';
import { CULTURE_COLUMNS, cultureCsv, type CultureColumn, type CultureWords } from './csv';
import { WORDS_PER_SIDE } from './model';

/** The entry grid's columns, in the order of the CSV format. */
export const GRID_COLUMNS = 2 + 2 * WORDS_PER_SIDE;

/** One pasted line, in the entry grid's columns. */
export interface CulturePastedRow {
  line: number;
  participant: string;
  /** Group name as written; empty when the line names no group. */
  group: string;
  current: string[];
  desired: string[];
}

/** The cells of each pasted line, in the grid's columns; a line past the last column is refused. */
function pastedCells(
  text: string,
  startColumn: number,
): CsvOutcome<{ line: number; cells: string[] }[]> {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const problems: CsvProblem[] = [];
  const rows: { line: number; cells: string[] }[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    const cells: string[] = Array.from({ length: GRID_COLUMNS }, () => '');
    const pasted = text.split('\t').map((cell) => cell.trim());
    while (pasted.length > 0 && pasted[pasted.length - 1] === '') pasted.pop();
    if (startColumn + pasted.length > GRID_COLUMNS) {
      problems.push({ line, key: 'culture.paste.tooManyColumns' });
      return;
    }
    pasted.forEach((cell, i) => (cells[startColumn + i] = cell));
    if (pasted.length > 0) rows.push({ line, cells });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: rows, notes: [] };
}

/**
 * Rows pasted from a spreadsheet (tab-separated cells, one row per line) into the entry grid,
 * starting at column `startColumn` (0 participant, 1 group, 2–5 current, 6–9 desired). Lines
 * without any word are left out; a line that runs past the last column is refused.
 */
export function rowsFromPaste(text: string, startColumn: number): CsvOutcome<CulturePastedRow[]> {
  const pasted = pastedCells(text, startColumn);
  if (!pasted.ok) return pasted;
  const rows = pasted.value.map(({ line, cells }) => {
    const words = (from: number) =>
      cells.slice(from, from + WORDS_PER_SIDE).filter((word) => word !== '');
    return {
      line,
      participant: cells[0] ?? '',
      group: cells[1] ?? '',
      current: words(2),
      desired: words(2 + WORDS_PER_SIDE),
    };
  });
  const withWords = rows.filter((row) => row.current.length + row.desired.length > 0);
  return { ok: true, value: withWords, notes: [] };
}

/**
 * A paste into the entry grid as an import: the same checks and messages as a culture CSV
 * (text limits, one row per participant, groups and their limit, labels the session has).
 * The grid's columns are the CSV format's, in its order; problems name them as the format does.
 */
export function importCulturePaste(
  text: string,
  startColumn: number,
  session: Session,
  makeId: () => string = newId,
): CsvOutcome<MethodCsvImport> {
  const pasted = pastedCells(text, startColumn);
  if (!pasted.ok) return pasted;
  const position = new Map(CULTURE_COLUMNS.map((column, index) => [column.id, index]));
  const rows = pasted.value.map(({ line, cells }) => ({
    line,
    cell: (column: CultureColumn) => cells[position.get(column) ?? -1] ?? '',
  }));
  const headerOf = (column: CultureColumn) => column;
  return importRows<CultureColumn, CultureWords>(cultureCsv, rows, headerOf, session, makeId);
}
