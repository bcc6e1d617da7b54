import type { CultureAnalysis, KeptWord } from '../../../../shared/culture/analysis';
import { LISTS, type ListName } from '../../culture/steering';

/** Rows of the from→to table: enough to tell the story; the rest is named below it. */
export const FROM_TO_ROWS = 12;

export interface FromToCell {
  word: KeptWord;
  /** The list the analysis put it in, when the facilitator moved it; else null. */
  movedFrom: ListName | null;
}

export interface FromToTable {
  /** Let go, keep, develop (the steered lists), each cut at `rows`. */
  columns: Record<ListName, FromToCell[]>;
  rows: number;
  /** The words past the table, per list, in the list's order: nothing is dropped unsaid. */
  rest: { list: ListName; words: FromToCell[] }[];
  restCount: number;
}

/** The steered lists as the report's table: at most `maxRows` rows, and what did not fit. */
export function fromToTable(cloud: CultureAnalysis, maxRows = FROM_TO_ROWS): FromToTable {
  const moved = new Map(cloud.steered.moved.map((move) => [move.key, move.from]));
  const cells = (list: ListName) =>
    cloud.steered[list].map((word) => ({ word, movedFrom: moved.get(word.key) ?? null }));
  const all = Object.fromEntries(LISTS.map((list) => [list, cells(list)])) as Record<
    ListName,
    FromToCell[]
  >;
  const columns = Object.fromEntries(
    LISTS.map((list) => [list, all[list].slice(0, maxRows)]),
  ) as Record<ListName, FromToCell[]>;
  const rest = LISTS.map((list) => ({ list, words: all[list].slice(maxRows) })).filter(
    (part) => part.words.length > 0,
  );
  return {
    columns,
    rows: Math.max(0, ...LISTS.map((list) => columns[list].length)),
    rest,
    restCount: rest.reduce((sum, part) => sum + part.words.length, 0),
  };
}
