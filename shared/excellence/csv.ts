import {
  columnCell,
  readColumnHeaders,
  readCsv,
  type ColumnHeaders,
  type CsvOutcome,
  type CsvProblem,
  type CsvRow,
} from '../csv';
import type { Command } from '../commands';
import { GroupResolver, sameGroupName } from '../groups';
import { newId } from '../ids';
import { MAX_GROUP_NAME, MAX_GROUPS, type Group, type Session } from '../session';
import { isBlockNumber } from './blocks';
import type { BlockScore, ExcellenceParticipant } from './model';

type Column = 'participant' | 'group' | 'block' | 'now' | 'target' | 'comment';
const REQUIRED_COLUMNS: readonly Column[] = ['participant', 'block', 'now', 'target'];
/** Header names, English as documented and their Dutch equivalents. */
const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  participant: 'participant',
  deelnemer: 'participant',
  group: 'group',
  groep: 'group',
  block: 'block',
  bouwsteen: 'block',
  now: 'now',
  nu: 'now',
  target: 'target',
  doel: 'target',
  comment: 'comment',
  toelichting: 'comment',
};
/** Nine rows per participant: room for 10,000 participants. */
export const MAX_EXCELLENCE_ROWS = 90_000;
/** One command per participant goes to executeMany, which takes at most 20,000 (shared/api.ts). */
const MAX_PARTICIPANTS = 19_000;
const MAX_LABEL = 100;
const MAX_COMMENT = 2000;

export interface ExcellenceImport {
  /** `session.addGroup` for each new group, then one `excellence.addParticipant` each. */
  commands: Command[];
  participants: ExcellenceParticipant[];
  newGroups: Group[];
}

interface ParticipantDraft {
  participant: ExcellenceParticipant;
  firstLine: number;
  groupName: string;
  /** Line of each block already given, to name both lines of a duplicate. */
  blockLines: Map<number, number>;
}

/**
 * Reads `participant,group,block,now,target[,comment]` (one row per participant and block) into
 * the commands that add those participants, or line-numbered problems and nothing else.
 * Marks may use a decimal comma ("7,5" is 7.5); groups are matched by name as session.addGroup
 * does (sameGroupName), and unknown groups are created. `makeId` is a parameter so tests get predictable ids.
 */
export function importExcellenceCsv(
  text: string,
  session: Session,
  makeId: () => string = newId,
): CsvOutcome<ExcellenceImport> {
  const read = readCsv(text, MAX_EXCELLENCE_ROWS);
  if (!read.ok) return read;
  const { headers, rows } = read.value;
  const header = readColumnHeaders(headers, COLUMN_NAMES, REQUIRED_COLUMNS);
  if (!header.ok) return header;
  if (rows.length === 0)
    return { ok: false, problems: [{ line: 1, key: 'excellence.csv.noRows' }] };

  const problems: CsvProblem[] = [];
  const groups = new GroupResolver(session.groups, makeId);
  const drafts = new Map<string, ParticipantDraft>();
  for (const row of rows) {
    const rowProblems = readRow(row, header.value, drafts, groups, makeId);
    problems.push(...rowProblems);
  }
  if (drafts.size > MAX_PARTICIPANTS) {
    problems.push({
      line: 1,
      key: 'excellence.csv.tooManyParticipants',
      params: { max: MAX_PARTICIPANTS },
    });
  }
  if (groups.all.length > MAX_GROUPS) {
    problems.push({ line: 1, key: 'excellence.csv.tooManyGroups', params: { max: MAX_GROUPS } });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };

  const participants = [...drafts.values()].map((d) => d.participant);
  const newGroups = groups.created;
  return {
    ok: true,
    value: {
      participants,
      newGroups,
      commands: [
        ...newGroups.map((group): Command => ({ type: 'session.addGroup', group })),
        ...participants.map((participant): Command => ({
          type: 'excellence.addParticipant',
          participant,
        })),
      ],
    },
    notes: existingLabelNotes(session, drafts),
  };
}

function readRow(
  row: CsvRow,
  columns: ColumnHeaders<Column>,
  drafts: Map<string, ParticipantDraft>,
  groups: GroupResolver,
  makeId: () => string,
): CsvProblem[] {
  const { line } = row;
  const problems: CsvProblem[] = [];
  const problem = (key: CsvProblem['key'], params?: CsvProblem['params']) =>
    problems.push({ line, key, ...(params ? { params } : {}) });

  const cell = (column: Column): string => columnCell(row, columns, column);
  if (row.extra > 0) problem('csv.extraCells');
  const label = cell('participant');
  const groupName = cell('group');
  const comment = cell('comment');
  const blockText = cell('block');
  const block = /^\d+$/.test(blockText) ? Number(blockText) : NaN;
  if (!isBlockNumber(block)) problem('excellence.csv.badBlock', { value: blockText });
  const now = parseMark(cell('now'));
  if (now === undefined) {
    problem('excellence.csv.badScore', { value: cell('now'), column: columns.now ?? 'now' });
  }
  const target = parseMark(cell('target'));
  if (target === undefined) {
    problem('excellence.csv.badScore', {
      value: cell('target'),
      column: columns.target ?? 'target',
    });
  }
  if (comment.length > MAX_COMMENT) problem('excellence.csv.commentTooLong', { max: MAX_COMMENT });
  if (groupName.length > MAX_GROUP_NAME) {
    problem('csv.groupTooLong', { max: MAX_GROUP_NAME });
  }
  if (label === '') problem('excellence.csv.missingParticipant');
  else if (label.length > MAX_LABEL) problem('csv.participantTooLong', { max: MAX_LABEL });
  if (problems.length > 0 || now === undefined || target === undefined) return problems;

  let draft = drafts.get(label);
  if (!draft) {
    const group = groupName === '' ? null : groups.resolve(groupName);
    draft = {
      participant: { id: makeId(), label, group, scores: {} },
      firstLine: line,
      groupName,
      blockLines: new Map(),
    };
    drafts.set(label, draft);
  } else if (!sameGroupName(draft.groupName, groupName)) {
    problem('excellence.csv.groupConflict', {
      participant: label,
      group: draft.groupName,
      first: draft.firstLine,
    });
  }
  const firstLine = draft.blockLines.get(block);
  if (firstLine !== undefined) {
    problem('excellence.csv.duplicate', { participant: label, block, first: firstLine });
  }
  if (problems.length > 0) return problems;

  draft.blockLines.set(block, line);
  const score: BlockScore = { now, target, comment };
  draft.participant.scores[String(block)] = score;
  return problems;
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

function existingLabelNotes(session: Session, drafts: Map<string, ParticipantDraft>): CsvProblem[] {
  const existing = new Set(session.excellence.participants.map((p) => p.label));
  return [...drafts.values()]
    .filter((d) => existing.has(d.participant.label))
    .map((d) => ({
      line: d.firstLine,
      key: 'excellence.csv.labelExists',
      params: { participant: d.participant.label },
    }));
}
