import type { Command } from '../commands';
import { GROUP_COLUMN, participantColumn, type CsvColumn, type SharedColumn } from '../csv';
import type { MethodCsvSpec } from '../csvImport';
import { MAX_WORD, WORDS_PER_SIDE } from './model';

/** A culture file has one row per participant; this keeps a file a workshop can have. */
export const MAX_CULTURE_ROWS = 10_000;

const SLOTS = Array.from({ length: WORDS_PER_SIDE }, (_, i) => i + 1);
type Side = 'current' | 'desired';
type WordColumn = `${Side}_${number}`;
export type CultureColumn = WordColumn | SharedColumn;

/** The word columns of one side, in slot order: current_1 … current_4. */
export function wordColumns(side: Side): WordColumn[] {
  return SLOTS.map((n): WordColumn => `${side}_${n}`);
}

const DUTCH_SIDE: Record<Side, string> = { current: 'huidig', desired: 'gewenst' };

const wordColumn = (side: Side, n: number): CsvColumn<WordColumn> => ({
  id: `${side}_${n}`,
  name: `${side}_${n}`,
  aliases: [`${DUTCH_SIDE[side]}_${n}`],
  required: true,
});

/** The columns in the order of the format (and of the entry grid). */
export const CULTURE_COLUMNS: readonly CsvColumn<WordColumn | SharedColumn>[] = [
  participantColumn(false),
  GROUP_COLUMN,
  ...SLOTS.map((n) => wordColumn('current', n)),
  ...SLOTS.map((n) => wordColumn('desired', n)),
];

/** One participant's words, as read: trimmed, empty slots dropped. */
export interface CultureWords {
  current: string[];
  desired: string[];
}

/**
 * The culture CSV format (README.md, "Culture mapping"): one row per participant with an
 * optional label and group and up to four words per side. A row without any word is skipped
 * with a note (someone who gave nothing).
 */
export const cultureCsv: MethodCsvSpec<WordColumn | SharedColumn, CultureWords> = {
  columns: CULTURE_COLUMNS,
  maxRows: MAX_CULTURE_ROWS,
  rowsPerParticipant: 'one',
  existingLabels: (session) => session.culture.entries.map((e) => e.participant),
  readRow(row) {
    const side = (name: Side) =>
      wordColumns(name)
        .map((column) => row.text(column, MAX_WORD))
        .filter((word) => word !== '');
    const words = { current: side('current'), desired: side('desired') };
    if (words.current.length + words.desired.length === 0) {
      row.note('culture.csv.emptyRowSkipped');
      return undefined;
    }
    return words;
  },
  commands(participants, _session, makeId) {
    const commands = participants.map(({ label, groupId, rows }): Command => ({
      type: 'culture.addEntry',
      entry: {
        id: makeId(),
        participant: label,
        group: groupId,
        current: rows[0]?.value.current ?? [],
        desired: rows[0]?.value.desired ?? [],
      },
    }));
    return { commands };
  },
};
