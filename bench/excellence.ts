import { performance } from 'node:perf_hooks';
import { apply } from '../shared/commands';
import { importExcellenceCsv } from '../shared/excellence/csv';
import { excellenceResults } from '../shared/excellence/results';
import type { ExcellenceParticipant } from '../shared/excellence/model';
import { newSession, type Session } from '../shared/session';

/** A small seeded generator, so every run measures the same data. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Marks 1–10 in halves; about one target in ten left empty, as on real forms. */
function workshop(participants: number): Session {
  const random = mulberry32(participants);
  const mark = (low: number) => Math.min(10, low + Math.round(random() * 10) / 2);
  const base = newSession('bench', { name: 'Bench', date: '2026-01-01' });
  const groups = [
    { id: 'g-management', name: 'management' },
    { id: 'g-staff', name: 'medewerkers' },
  ];
  const list: ExcellenceParticipant[] = Array.from({ length: participants }, (_, i) => ({
    id: `p${i}`,
    label: `P${i}`,
    group: i % 5 === 0 ? 'g-management' : 'g-staff',
    scores: Object.fromEntries(
      Array.from({ length: 9 }, (_, b) => [
        String(b + 1),
        { now: mark(2), target: random() < 0.1 ? null : mark(5), comment: '' },
      ]),
    ),
  }));
  return { ...base, groups, excellence: { ...base.excellence, participants: list } };
}

function csvOf(session: Session): string {
  const rows = session.excellence.participants.flatMap((p) =>
    Object.entries(p.scores).map(([block, s]) =>
      [
        p.label,
        p.group === 'g-management' ? 'management' : 'medewerkers',
        block,
        s.now,
        s.target ?? '',
      ]
        .join(';')
        .replace(/\./g, ','),
    ),
  );
  return ['participant;group;block;now;target', ...rows].join('\n');
}

function medianMs(runs: number, task: () => void): number {
  task(); // warm-up: the first run pays for compilation
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    task();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  console.log('Service Excellence (Node): median of 9 runs after one warm-up');
  for (const participants of [40, 10_000]) {
    const session = workshop(participants);
    const ms = medianMs(9, () => excellenceResults(session));
    console.log(
      `  statistics for ${participants} participants (9 blocks, 2 groups, ranking): ${ms.toFixed(2)} ms` +
        (participants === 10_000 ? '  (target ≤ 20 ms)' : ''),
    );
  }
  const session = workshop(10_000);
  const csv = csvOf(session);
  const empty = newSession('bench', { name: 'Bench', date: '2026-01-01' });
  const parseMs = medianMs(5, () => importExcellenceCsv(csv, empty));
  console.log(
    `  parse a CSV of 90,000 rows (10,000 participants): ${parseMs.toFixed(1)} ms (no target)`,
  );
  const outcome = importExcellenceCsv(csv, empty);
  if (outcome.ok) {
    const commands = outcome.value.commands;
    const applyMs = medianMs(3, () => commands.reduce(apply, empty));
    console.log(
      `  apply its ${commands.length} commands (what the store does on import): ${applyMs.toFixed(1)} ms (no target)`,
    );
  }
}
