import { readFile, stat } from 'node:fs/promises';
import { apply } from '../../shared/commands';
import { formatCsvProblems, MAX_CSV_BYTES } from '../../shared/csv';
import { AppError } from '../../shared/errors';
import { newSession, type Session } from '../../shared/session';
import { analyseKano, categoryLabel, type WishAnalysis } from '../../shared/kano/analysis';
import { parseKanoCsv, type KanoImport } from '../../shared/kano/csv';
import { kanoAnalysisJson } from '../../shared/kano/json';
import type { CliCommand } from './types';

async function readCsvFile(file: string): Promise<string> {
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new AppError('notFound', `There is no file ${file}.`);
    },
  );
  if (size > MAX_CSV_BYTES) {
    throw new AppError('tooLarge', `${file} is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB.`);
  }
  return readFile(file, 'utf8');
}

/** Problems stop the command; notes (replaced duplicate rows) are only told. */
function importOrThrow(text: string, session: Session, makeId?: () => string) {
  const outcome = parseKanoCsv(text, session, makeId);
  if (!outcome.ok) throw new AppError('invalidCsv', formatCsvProblems(outcome.problems, 'en'));
  return outcome;
}

/** A file is analysed exactly as it would be after importing it into a fresh session. */
function sessionFromCsv(text: string): Session {
  const fresh = newSession('csv-file', { name: 'CSV file' });
  let next = 0;
  const { value } = importOrThrow(text, fresh, () => `csv-${++next}`);
  return value.commands.reduce(apply, fresh);
}

function groupIdByName(session: Session, name: string): string {
  const group = session.groups.find(
    (g) => g.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0,
  );
  if (!group) {
    const known = session.groups.map((g) => `"${g.name}"`).join(', ') || 'none';
    throw new AppError('invalidInput', `There is no group "${name}" (groups: ${known}).`);
  }
  return group.id;
}

const fixed = (value: number | null, digits: number) =>
  value === null ? '-' : value.toFixed(digits);

/** A plain-text version of the analysis for a terminal. */
function analysisTable(results: readonly WishAnalysis[]): string[] {
  const width = Math.max(4, ...results.map((r) => r.wish.name.length));
  const header = `${'WISH'.padEnd(width)}    n    A    O    M    I    R    Q  CAT   BETTER  WORSE   X      Y      IMP`;
  const rows = results.map((r) => {
    const counts = (['A', 'O', 'M', 'I', 'R', 'Q'] as const)
      .map((c) => String(r.counts[c]).padStart(5))
      .join('');
    return [
      r.wish.name.padEnd(width),
      String(r.n).padStart(5),
      counts,
      `  ${categoryLabel(r).padEnd(4)}`,
      fixed(r.better, 2).padStart(7),
      fixed(r.worse, 2).padStart(7),
      fixed(r.continuous.x, 2).padStart(6),
      fixed(r.continuous.y, 2).padStart(7),
      fixed(r.importance, 1).padStart(6),
    ].join('');
  });
  return [
    header,
    ...rows,
    '',
    'CAT: the most frequent category; "A/O" when Fong\'s test finds no significant difference.',
  ];
}

function importSummary(value: KanoImport, sessionName: string): string {
  const extras = [
    value.newWishes > 0 ? `${value.newWishes} new wishes` : '',
    value.newGroups > 0 ? `${value.newGroups} new groups` : '',
  ].filter(Boolean);
  return (
    `Imported ${value.answers} answers of ${value.respondents} respondents into "${sessionName}"` +
    (extras.length > 0 ? ` (${extras.join(', ')}).` : '.')
  );
}

export const kanoCommands: CliCommand[] = [
  {
    path: ['analyse', 'kano'],
    usage: 'analyse kano FILE.csv|--session ID [--group NAME] [--json]',
    options: { session: { type: 'string' }, group: { type: 'string' }, json: { type: 'boolean' } },
    async run(ctx, positionals, values) {
      const sessionId = values.session;
      const [file, ...rest] = positionals;
      if ((typeof sessionId === 'string') === (file !== undefined) || rest.length > 0) {
        throw new AppError('invalidInput', 'Give either one FILE.csv or --session ID.');
      }
      const session =
        typeof sessionId === 'string'
          ? await (await ctx.store()).get(sessionId)
          : sessionFromCsv(await readCsvFile(file ?? ''));
      const filter =
        typeof values.group === 'string' ? { groupId: groupIdByName(session, values.group) } : {};
      const results = analyseKano(session.kano, filter);
      if (values.json) ctx.print(JSON.stringify(kanoAnalysisJson(results)));
      else analysisTable(results).forEach((line) => ctx.print(line));
    },
  },
  {
    path: ['import', 'kano'],
    usage: 'import kano FILE.csv --session ID',
    options: { session: { type: 'string' } },
    async run(ctx, positionals, values) {
      const [file, ...rest] = positionals;
      if (file === undefined || rest.length > 0 || typeof values.session !== 'string') {
        throw new AppError('invalidInput', 'Give one FILE.csv and --session ID.');
      }
      const text = await readCsvFile(file);
      const store = await ctx.store();
      const session = await store.get(values.session);
      const { value, notes } = importOrThrow(text, session);
      await store.executeMany(session.id, value.commands);
      if (notes.length > 0)
        formatCsvProblems(notes, 'en', 20)
          .split('\n')
          .forEach((line) => ctx.print(line));
      ctx.print(importSummary(value, session.name));
    },
  },
];
