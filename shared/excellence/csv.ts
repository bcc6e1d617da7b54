import type { Command } from '../commands';
import {
  GROUP_COLUMN,
  participantColumn,
  type CsvColumn,
  type CsvProblem,
  type SharedColumn,
} from '../csv';
import type { CsvRowReader, MethodCsvSpec } from '../csvImport';
import { isBlockNumber, type BlockNumber } from './blocks';
import { MAX_COMMENT, type BlockScore } from './model';

/** Nine rows per participant: room for 10,000 participants. */
export const MAX_EXCELLENCE_ROWS = 90_000;

type Column = 'block' | 'now' | 'target' | 'comment';

const column = (id: Column, name: string, alias: string, required = true): CsvColumn<Column> => ({
  id,
  name,
  aliases: [alias],
  required,
});

export const EXCELLENCE_COLUMNS: readonly CsvColumn<Column | SharedColumn>[] = [
  participantColumn(true),
  GROUP_COLUMN,
  column('block', 'block', 'bouwsteen'),
  column('now', 'now', 'nu'),
  column('target', 'target', 'doel'),
  column('comment', 'comment', 'toelichting', false),
];

/** One row: a participant's marks and comment for one block. */
export interface ExcellenceCsvScore {
  block: BlockNumber;
  score: BlockScore;
}

/**
 * The Service Excellence CSV format (README.md, "Service Excellence"): one row per participant
 * and block, `participant,group,block,now,target[,comment]`. Marks may use a decimal comma
 * ("7,5" is 7.5). A second row for the same participant and block is refused, naming the first.
 */
export const excellenceCsv: MethodCsvSpec<Column | SharedColumn, ExcellenceCsvScore> = {
  columns: EXCELLENCE_COLUMNS,
  maxRows: MAX_EXCELLENCE_ROWS,
  rowsPerParticipant: 'many',
  existingLabels: (session) => session.excellence.participants.map((p) => p.label),
  readRow(row) {
    const blockText = row.required('block');
    const block = /^\d+$/.test(blockText) ? Number(blockText) : NaN;
    if (blockText !== '' && !isBlockNumber(block)) {
      row.problem('excellence.csv.badBlock', { value: blockText });
    }
    const now = readMark(row, 'now');
    const target = readMark(row, 'target');
    const comment = row.text('comment', MAX_COMMENT);
    if (!isBlockNumber(block) || now === undefined || target === undefined) return undefined;
    return { block, score: { now, target, comment } };
  },
  commands(participants, _session, makeId) {
    const problems: CsvProblem[] = [];
    const commands = participants.map((participant): Command => {
      const blockLines = new Map<number, number>();
      const scores: Record<string, BlockScore> = {};
      for (const { line, value } of participant.rows) {
        const first = blockLines.get(value.block);
        if (first !== undefined) {
          problems.push({
            line,
            key: 'excellence.csv.duplicate',
            params: { participant: participant.label, block: value.block, first },
          });
          continue;
        }
        blockLines.set(value.block, line);
        scores[String(value.block)] = value.score;
      }
      return {
        type: 'excellence.addParticipant',
        participant: { id: makeId(), label: participant.label, group: participant.groupId, scores },
      };
    });
    return { commands, problems };
  },
};

function readMark(
  row: CsvRowReader<Column | SharedColumn>,
  column: 'now' | 'target',
): number | null | undefined {
  const value = row.cell(column);
  const mark = parseMark(value);
  if (mark === undefined) {
    row.problem('excellence.csv.badScore', { value, column: row.header(column) });
  }
  return mark;
}

/**
 * A mark 1–10: "7", "7.5" or, as Dutch people write it, "7,5". Empty is no mark (null);
 * anything else is undefined, which the caller reports.
 */
export function parseMark(text: string): number | null | undefined {
  if (text === '') return null;
  if (!/^\d{1,2}([.,]\d+)?$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return value >= 1 && value <= 10 ? value : undefined;
}
