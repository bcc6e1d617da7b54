import type { CsvOutcome, CsvProblem } from '../csv';
import type { CultureCsvRow } from './csv';
import { WORDS_PER_SIDE } from './model';

/** The entry grid's columns, in the order of the CSV format. */
export const GRID_COLUMNS = 2 + 2 * WORDS_PER_SIDE;

/**
 * Rows pasted from a spreadsheet (tab-separated cells, one row per line) into the entry grid,
 * starting at column `startColumn` (0 participant, 1 group, 2–5 current, 6–9 desired). Lines
 * without any word are left out; a line that runs past the last column is refused.
 */
export function rowsFromPaste(text: string, startColumn: number): CsvOutcome<CultureCsvRow[]> {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const problems: CsvProblem[] = [];
  const rows: CultureCsvRow[] = [];
  lines.forEach((line, index) => {
    const cells: string[] = Array.from({ length: GRID_COLUMNS }, () => '');
    const pasted = line.split('\t').map((cell) => cell.trim());
    while (pasted.length > 0 && pasted[pasted.length - 1] === '') pasted.pop();
    if (startColumn + pasted.length > GRID_COLUMNS) {
      problems.push({ line: index + 1, key: 'culture.paste.tooManyColumns' });
      return;
    }
    pasted.forEach((cell, i) => (cells[startColumn + i] = cell));
    const words = (from: number) =>
      cells.slice(from, from + WORDS_PER_SIDE).filter((word) => word !== '');
    const row = {
      line: index + 1,
      participant: cells[0] ?? '',
      group: cells[1] ?? '',
      current: words(2),
      desired: words(2 + WORDS_PER_SIDE),
    };
    if (row.current.length + row.desired.length > 0) rows.push(row);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: rows, notes: [] };
}
