import { readFile, stat } from 'node:fs/promises';
import { apply } from '../../shared/commands';
import { analyseCulture, type CultureAnalysis } from '../../shared/culture/analysis';
import {
  cultureImportCommands,
  parseCultureCsv,
  type CultureCsvRow,
} from '../../shared/culture/csv';
import { cultureAnalysisJson } from '../../shared/culture/json';
import { formatCsvProblems, MAX_CSV_BYTES } from '../../shared/csv';
import { AppError } from '../../shared/errors';
import { newSession, type Session } from '../../shared/session';
import type { CliCommand } from './types';

/** The rows of a culture CSV and how many rows without words were skipped. */
async function readCultureCsv(file: string): Promise<{ rows: CultureCsvRow[]; skipped: number }> {
  const size = await stat(file).then(
    (s) => s.size,
    () => {
      throw new AppError('notFound', `There is no file ${file}.`);
    },
  );
  if (size > MAX_CSV_BYTES) {
    throw new AppError('tooLarge', `${file} is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB.`);
  }
  const outcome = parseCultureCsv(await readFile(file, 'utf8'));
  if (!outcome.ok) throw new AppError('invalidCsv', formatCsvProblems(outcome.problems, 'en'));
  return { rows: outcome.value, skipped: outcome.notes.length };
}

/** A file is analysed exactly as it would be after importing it into a fresh session. */
function sessionFromRows(rows: CultureCsvRow[]): Session {
  const fresh = newSession('csv-file', { name: 'CSV file' });
  let next = 0;
  const { commands } = cultureImportCommands(fresh, rows, () => `csv-${++next}`);
  return commands.reduce(apply, fresh);
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

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** A plain-text version of the analysis for a terminal. */
function analysisTable(a: CultureAnalysis): string[] {
  const width = Math.max(12, ...a.current.map((w) => w.word.length + 6));
  const rows = Array.from({ length: Math.max(a.current.length, a.desired.length) }, (_, i) => {
    const cell = (w: { word: string; count: number } | undefined) =>
      w ? `${w.word}  ${w.count}` : '';
    return `${cell(a.current[i]).padEnd(width)}  ${cell(a.desired[i])}`;
  });
  const list = (words: { word: string }[]) => words.map((w) => w.word).join(' · ') || '-';
  return [
    `Participants: ${a.participants}`,
    '',
    `${'CURRENT'.padEnd(width)}  DESIRED`,
    ...rows,
    '',
    `Keep:     ${list(a.keep)}`,
    `Let go:   ${list(a.letGo)}`,
    `Develop:  ${list(a.develop)}`,
    '',
    `Overlap share: ${percent(a.overlapShare)}   Cosine similarity: ${a.cosine.toFixed(3)}` +
      (a.entropy === null ? '' : `   Cultural entropy: ${a.entropy.toFixed(1)}%`),
  ];
}

export const cultureCommands: CliCommand[] = [
  {
    path: ['analyse', 'culture'],
    usage: 'analyse culture FILE.csv|--session ID [--group NAME] [--json]',
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
          : sessionFromRows((await readCultureCsv(file ?? '')).rows);
      const group =
        typeof values.group === 'string' ? groupIdByName(session, values.group) : undefined;
      const analysis = analyseCulture(session.culture, group === undefined ? {} : { group });
      if (values.json) ctx.print(JSON.stringify(cultureAnalysisJson(analysis)));
      else analysisTable(analysis).forEach((line) => ctx.print(line));
    },
  },
  {
    path: ['import', 'culture'],
    usage: 'import culture FILE.csv --session ID',
    options: { session: { type: 'string' } },
    async run(ctx, positionals, values) {
      const [file, ...rest] = positionals;
      if (file === undefined || rest.length > 0 || typeof values.session !== 'string') {
        throw new AppError('invalidInput', 'Give one FILE.csv and --session ID.');
      }
      const { rows, skipped } = await readCultureCsv(file);
      const store = await ctx.store();
      const session = await store.get(values.session);
      const result = cultureImportCommands(session, rows);
      if (result.commands.length > 0) await store.executeMany(session.id, result.commands);
      const groups =
        result.newGroups.length > 0 ? ` (new groups: ${result.newGroups.join(', ')})` : '';
      const skippedNote = skipped > 0 ? ` ${skipped} rows without words were skipped.` : '';
      ctx.print(
        `Imported ${result.entries} participants into "${session.name}"${groups}.${skippedNote}`,
      );
    },
  },
];
