import { analyseKano, categoryLabel, type WishAnalysis } from '../../shared/kano/analysis';
import { parseKanoCsv, type KanoImport } from '../../shared/kano/csv';
import { kanoAnalysisJson } from '../../shared/kano/json';
import { formatCsvProblems } from '../../shared/csv';
import {
  csvOrThrow,
  fileAndSession,
  groupOption,
  largerThanLimit,
  readCsvFile,
  sessionToAnalyse,
} from './input';
import type { CliCommand } from './types';

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
      const session = await sessionToAnalyse(
        ctx,
        positionals,
        values.session,
        (text, fresh, makeId) => csvOrThrow(parseKanoCsv(text, fresh, makeId)).value.commands,
      );
      const groupId = groupOption(session, values.group);
      const filter = groupId === undefined ? {} : { groupId };
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
      const { file, sessionId } = fileAndSession(
        positionals,
        values.session,
        'Give one FILE.csv and --session ID.',
      );
      const text = await readCsvFile(file, largerThanLimit);
      const store = await ctx.store();
      const session = await store.get(sessionId);
      const { value, notes } = csvOrThrow(parseKanoCsv(text, session));
      await store.executeMany(session.id, value.commands);
      if (notes.length > 0)
        formatCsvProblems(notes, 'en', 20)
          .split('\n')
          .forEach((line) => ctx.print(line));
      ctx.print(importSummary(value, session.name));
    },
  },
];
