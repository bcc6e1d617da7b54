import type { Command } from '../commands';
import {
  GROUP_COLUMN,
  participantColumn,
  type CsvColumn,
  type CsvProblem,
  type SharedColumn,
} from '../csv';
import type { CsvRowReader, MethodCsvSpec } from '../csvImport';
import { wishNameKey } from './commands';
import { parseKanoAnswer } from './evaluation';
import { MAX_WISH_NAME, type KanoResponse } from './model';

/** 50 wishes × 1,000 respondents is 50,000 rows; this leaves room for large surveys. */
export const KANO_CSV_MAX_ROWS = 250_000;

type Column = 'wish' | 'functional' | 'dysfunctional' | 'importance';

const column = (
  id: Column,
  name: string,
  aliases: string[],
  required = true,
): CsvColumn<Column> => ({ id, name, aliases, required });

export const KANO_COLUMNS: readonly CsvColumn<Column | SharedColumn>[] = [
  participantColumn(true, 'respondent'),
  GROUP_COLUMN,
  column('wish', 'wish', ['wens']),
  column('functional', 'functional', ['functioneel']),
  column('dysfunctional', 'dysfunctional', ['disfunctioneel', 'dysfunctioneel']),
  column('importance', 'importance', ['belang'], false),
];

/** One row: a respondent's answer pair (and importance) to one wish. */
export interface KanoCsvAnswer {
  /** The wish as written, inner spaces collapsed. */
  wish: string;
  response: KanoResponse;
}

/**
 * The Kano CSV format (README.md, "Kano"): the long format `respondent,group,wish,functional,
 * dysfunctional[,importance]`, one row per respondent and wish. Wishes are matched to the
 * session's by name (wishNameKey) and new ones added; a later row for the same respondent and
 * wish replaces the earlier one, with a note.
 */
export const kanoCsv: MethodCsvSpec<Column | SharedColumn, KanoCsvAnswer> = {
  columns: KANO_COLUMNS,
  maxRows: KANO_CSV_MAX_ROWS,
  rowsPerParticipant: 'many',
  existingLabels: (session) => session.kano.respondents.map((r) => r.label),
  readRow(row) {
    const wish = row.required('wish').replace(/\s+/g, ' ');
    if (wish.length > MAX_WISH_NAME) {
      row.problem('csv.tooLong', { column: row.header('wish'), max: MAX_WISH_NAME });
    }
    const functional = readAnswer(row, 'functional');
    const dysfunctional = readAnswer(row, 'dysfunctional');
    const importance = readImportance(row);
    if (functional === null || dysfunctional === null || importance === undefined) return;
    return { wish, response: { functional, dysfunctional, importance } };
  },
  commands(participants, session, makeId) {
    const wishIds = new Map(session.kano.wishes.map((w) => [wishNameKey(w.name), w.id]));
    const newWishes: { id: string; name: string; description: string }[] = [];
    for (const { rows } of participants) {
      for (const { value } of rows) {
        const key = wishNameKey(value.wish);
        if (wishIds.has(key)) continue;
        const id = makeId();
        wishIds.set(key, id);
        newWishes.push({ id, name: value.wish, description: '' });
      }
    }
    const notes: CsvProblem[] = [];
    let answers = 0;
    const respondents = participants.map((respondent): Command => {
      const byWish = new Map<string, { line: number; response: KanoResponse }>();
      for (const { line, value } of respondent.rows) {
        const wishId = wishIds.get(wishNameKey(value.wish)) as string;
        const earlier = byWish.get(wishId);
        if (earlier) {
          notes.push({
            line,
            key: 'kano.csv.duplicate',
            params: { respondent: respondent.label, wish: value.wish, earlier: earlier.line },
          });
        }
        byWish.set(wishId, { line, response: value.response });
      }
      answers += byWish.size;
      const byWishId = Object.fromEntries([...byWish].map(([id, { response }]) => [id, response]));
      return {
        type: 'kano.addRespondent',
        respondent: {
          id: makeId(),
          label: respondent.label,
          group: respondent.groupId,
          answers: byWishId,
        },
      };
    });
    const commands: Command[] = [
      ...(newWishes.length > 0 ? [{ type: 'kano.addWishes' as const, wishes: newWishes }] : []),
      ...respondents,
    ];
    return {
      commands,
      notes,
      summary: { key: 'kano.csv.imported', params: { answers, wishes: newWishes.length } },
    };
  },
};

function readAnswer(row: CsvRowReader<Column | SharedColumn>, column: Column): number | null {
  const value = row.required(column);
  if (value === '') return null;
  const answer = parseKanoAnswer(value);
  if (answer === null) row.problem('kano.csv.badAnswer', { column: row.header(column), value });
  return answer;
}

/** The importance 1–9, null when not given; undefined (with a problem) when unreadable. */
function readImportance(row: CsvRowReader<Column | SharedColumn>): number | null | undefined {
  const value = row.cell('importance');
  if (value === '') return null;
  const importance = /^\d+$/.test(value) ? Number(value) : NaN;
  if (importance >= 1 && importance <= 9) return importance;
  row.problem('kano.csv.badImportance', { value });
  return undefined;
}
