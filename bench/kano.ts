import { performance } from 'node:perf_hooks';
import { analyseKano } from '../shared/kano/analysis';
import { parseKanoCsv } from '../shared/kano/csv';
import { emptyKanoData, type KanoData, type KanoRespondent } from '../shared/kano/model';
import { newSession } from '../shared/session';

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

function survey(wishCount: number, respondentCount: number): KanoData {
  const random = mulberry32(wishCount * respondentCount);
  const answer = () => 1 + Math.floor(random() * 5);
  const wishes = Array.from({ length: wishCount }, (_, i) => ({
    id: `w${i}`,
    name: `Wish ${i + 1}`,
    description: '',
  }));
  const respondents: KanoRespondent[] = Array.from({ length: respondentCount }, (_, r) => ({
    id: `r${r}`,
    label: `R${r + 1}`,
    group: r % 3 === 0 ? 'g1' : null,
    answers: Object.fromEntries(
      wishes.map((w) => [
        w.id,
        {
          functional: answer(),
          dysfunctional: answer(),
          importance: random() < 0.5 ? null : 1 + Math.floor(random() * 9),
        },
      ]),
    ),
  }));
  return { ...emptyKanoData(), wishes, respondents };
}

function asCsv(data: KanoData): string {
  const names = new Map(data.wishes.map((w) => [w.id, w.name]));
  const rows = data.respondents.flatMap((r) =>
    Object.entries(r.answers).map(
      ([wishId, a]) =>
        `${r.label},,${names.get(wishId)},${a.functional},${a.dysfunctional},${a.importance ?? ''}`,
    ),
  );
  return ['respondent,group,wish,functional,dysfunctional,importance', ...rows].join('\n');
}

function medianMs(runs: number, task: () => void): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    task();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  console.log('Kano (Node): median of 9 runs');
  const data = survey(50, 1000);
  const all = medianMs(9, () => analyseKano(data));
  console.log(`  analyse 50 wishes × 1,000 respondents: ${all.toFixed(2)} ms (target ≤ 50 ms)`);
  const group = medianMs(9, () => analyseKano(data, { groupId: 'g1' }));
  console.log(`  the same, one group (334 respondents): ${group.toFixed(2)} ms (no target)`);

  const session = newSession('bench', { name: 'Bench' });
  const csv = asCsv(data);
  const parse = medianMs(5, () => parseKanoCsv(csv, session));
  console.log(`  parse the same as CSV (50,000 rows): ${parse.toFixed(1)} ms (no target)`);
  const wide = asCsv(survey(2000, 5));
  const wideParse = medianMs(5, () => parseKanoCsv(wide, session));
  console.log(
    `  parse a CSV of 2,000 wishes × 5 respondents: ${wideParse.toFixed(1)} ms (no target)`,
  );
}
