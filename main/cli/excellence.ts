import { formatCsvProblems } from '../../shared/csv';
import { translate } from '../../shared/i18n';
import { newSession, type Session } from '../../shared/session';
import { analyseBlocks, actionCandidates, rankByGap } from '../../shared/excellence/analysis';
import type { BlockAnalysis } from '../../shared/excellence/analysis';
import { blockShortNameKey } from '../../shared/excellence/blocks';
import { importExcellenceCsv } from '../../shared/excellence/csv';
import type { ExcellenceParticipant } from '../../shared/excellence/model';
import type { SeriesStats } from '../../shared/excellence/stats';
import {
  csvOrThrow,
  fileAndSession,
  fileOrSession,
  readCsvFile,
  storedSession,
  tooLargeWithSizes,
} from './input';
import type { CliCommand, CliContext } from './types';

async function participantsFrom(
  ctx: CliContext,
  positionals: string[],
  sessionId: string | boolean | undefined,
): Promise<ExcellenceParticipant[]> {
  const source = fileOrSession(positionals, sessionId, 'Give one CSV file or --session ID.');
  if ('sessionId' in source)
    return (await storedSession(ctx, source.sessionId)).excellence.participants;
  // A file stands on its own: its groups are created in a throwaway session.
  const scratch: Session = newSession('csv', { name: source.file });
  const text = await readCsvFile(source.file, tooLargeWithSizes);
  return csvOrThrow(importExcellenceCsv(text, scratch)).value.participants;
}

/** Three decimals are plenty for marks 1–10 and keep the output free of floating-point noise. */
function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

function seriesJson(series: SeriesStats) {
  return {
    mean: rounded(series.mean),
    median: rounded(series.median),
    min: rounded(series.min),
    max: rounded(series.max),
    sd: rounded(series.sd),
  };
}

/** The stable JSON of `analyse excellence --json` (see docs/excellence.md). */
export function excellenceJson(blocks: readonly BlockAnalysis[]) {
  return {
    blocks: blocks.map((b) => ({
      block: b.block,
      n: b.n,
      now: seriesJson(b.now),
      target: seriesJson(b.target),
      gap: rounded(b.gap),
      wideSpread: b.wideSpread,
    })),
  };
}

const FIGURES = ['mean', 'median', 'min', 'max', 'sd'] as const;

function cell(value: number | null): string {
  return (value === null ? '—' : value.toFixed(1)).padStart(7);
}

/** A plain table for people at a terminal; scripts use --json. */
function textTable(blocks: readonly BlockAnalysis[]): string[] {
  const candidates = actionCandidates(rankByGap(blocks));
  const heads = FIGURES.map((f) => f.padStart(7)).join('');
  const header = [
    `${''.padEnd(32)}${'now'.padEnd(35)}target`,
    `${'block'.padEnd(28)}${'n'.padStart(4)}${heads}${heads}${'gap'.padStart(7)}`,
  ];
  const lines = blocks.map((b) => {
    const name = `${b.block} ${translate('en', blockShortNameKey(b.block))}`.padEnd(28);
    const series = (s: SeriesStats) => FIGURES.map((f) => cell(s[f])).join('');
    const flags = [b.wideSpread ? 'wide spread' : '', candidates.includes(b.block) ? 'top gap' : '']
      .filter(Boolean)
      .join(', ');
    return `${name}${String(b.n).padStart(4)}${series(b.now)}${series(b.target)}${cell(b.gap)}  ${flags}`.trimEnd();
  });
  return [...header, ...lines];
}

export const excellenceCommands: CliCommand[] = [
  {
    path: ['analyse', 'excellence'],
    usage: 'analyse excellence FILE.csv|--session ID [--json]',
    options: { session: { type: 'string' }, json: { type: 'boolean' } },
    async run(ctx, positionals, values) {
      const participants = await participantsFrom(ctx, positionals, values.session);
      const blocks = analyseBlocks(participants);
      if (values.json) ctx.print(JSON.stringify(excellenceJson(blocks)));
      else for (const line of textTable(blocks)) ctx.print(line);
    },
  },
  {
    path: ['import', 'excellence'],
    usage: 'import excellence FILE.csv --session ID',
    options: { session: { type: 'string' } },
    async run(ctx, positionals, values) {
      const { file, sessionId } = fileAndSession(
        positionals,
        values.session,
        'Give one CSV file and --session ID.',
      );
      const store = await ctx.store();
      const session = await store.get(sessionId);
      const text = await readCsvFile(file, tooLargeWithSizes);
      const { value, notes } = csvOrThrow(importExcellenceCsv(text, session));
      const { commands, participants, newGroups } = value;
      await store.executeMany(session.id, commands);
      if (notes.length > 0) ctx.print(formatCsvProblems(notes, 'en'));
      ctx.print(
        `Imported ${participants.length} participants into "${session.name}"` +
          (newGroups.length > 0
            ? ` (new groups: ${newGroups.map((g) => g.name).join(', ')}).`
            : '.'),
      );
    },
  },
];
