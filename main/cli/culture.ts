import { analyseCulture, type CultureAnalysis } from '../../shared/culture/analysis';
import {
  cultureImportCommands,
  parseCultureCsv,
  type CultureCsvRow,
} from '../../shared/culture/csv';
import { cultureAnalysisJson } from '../../shared/culture/json';
import {
  csvOrThrow,
  fileAndSession,
  groupOption,
  largerThanLimit,
  readCsvFile,
  sessionToAnalyse,
} from './input';
import type { CliCommand } from './types';

/** The rows of a culture CSV and how many rows without words were skipped. */
async function readCultureCsv(file: string): Promise<{ rows: CultureCsvRow[]; skipped: number }> {
  const outcome = csvOrThrow(parseCultureCsv(await readCsvFile(file, largerThanLimit)));
  return { rows: outcome.value, skipped: outcome.notes.length };
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
      const session = await sessionToAnalyse(
        ctx,
        positionals,
        values.session,
        (text, fresh, makeId) => {
          const rows = csvOrThrow(parseCultureCsv(text)).value;
          return cultureImportCommands(fresh, rows, makeId).commands;
        },
      );
      const group = groupOption(session, values.group);
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
      const { file, sessionId } = fileAndSession(
        positionals,
        values.session,
        'Give one FILE.csv and --session ID.',
      );
      const { rows, skipped } = await readCultureCsv(file);
      const store = await ctx.store();
      const session = await store.get(sessionId);
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
