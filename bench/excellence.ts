import { apply } from '../shared/commands';
import { excellenceResults } from '../shared/excellence/results';
import type { ExcellenceParticipant } from '../shared/excellence/model';
import { importMethodCsv } from '../shared/methods';
import { newSession, type Session } from '../shared/session';
import { renderResultsInChromium } from './excellenceBrowser';
import { median, report, seededRandom, timeRuns } from './util';

const GROUPS = [
  { id: 'g-management', name: 'management' },
  { id: 'g-staff', name: 'medewerkers' },
];

/** Marks 1–10 in halves; about one target in ten left empty, as on real forms. */
export function excellenceWorkshop(participants: number): Session {
  const random = seededRandom(participants);
  const mark = (low: number) => Math.min(10, low + Math.round(random() * 10) / 2);
  const base = newSession('bench-excellence', { name: 'Bench', date: '2026-01-01' });
  const list: ExcellenceParticipant[] = Array.from({ length: participants }, (_, i) => ({
    id: `p${i}`,
    label: `P${i + 1}`,
    group: GROUPS[i % 5 === 0 ? 0 : 1]!.id,
    scores: Object.fromEntries(
      Array.from({ length: 9 }, (_, b) => [
        String(b + 1),
        { now: mark(2), target: random() < 0.1 ? null : mark(5), comment: '' },
      ]),
    ),
  }));
  return { ...base, groups: GROUPS, excellence: { ...base.excellence, participants: list } };
}

/** The workshop as a semicolon CSV with Dutch decimal commas, one row per participant and block. */
function csvOf(session: Session): string {
  const groupName = new Map(GROUPS.map((g) => [g.id, g.name]));
  const rows = session.excellence.participants.flatMap((p) =>
    Object.entries(p.scores).map(([block, s]) =>
      [p.label, groupName.get(p.group ?? '') ?? '', block, s.now, s.target ?? '']
        .join(';')
        .replace(/\./g, ','),
    ),
  );
  return ['participant;group;block;now;target', ...rows].join('\n');
}

export async function run(): Promise<void> {
  for (const participants of [40, 10_000]) {
    const session = excellenceWorkshop(participants);
    const times = await timeRuns(9, () => excellenceResults(session));
    report(
      `statistics, ${participants} participants (9 blocks, 2 groups, ranking), median of 9`,
      median(times),
      participants === 10_000 ? '≤ 20 ms' : undefined,
    );
  }
  const csv = new TextEncoder().encode(csvOf(excellenceWorkshop(10_000)));
  const empty = newSession('bench', { name: 'Bench', date: '2026-01-01' });
  report(
    'read a CSV of 90,000 rows (10,000 participants) into commands, median of 5',
    median(await timeRuns(5, () => importMethodCsv('excellence', csv, empty))),
  );
  const outcome = importMethodCsv('excellence', csv, empty);
  if (outcome.ok) {
    const { commands } = outcome.value;
    report(
      `apply its ${commands.length} commands (as the store does), median of 3`,
      median(await timeRuns(3, () => commands.reduce(apply, empty))),
    );
  }
  await renderResultsInChromium(excellenceWorkshop(40));
  await renderResultsInChromium(excellenceWorkshop(500));
}
