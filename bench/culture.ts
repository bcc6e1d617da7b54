import { performance } from 'node:perf_hooks';
import { analyseCulture } from '../shared/culture/analysis';
import { parseCultureCsv } from '../shared/culture/csv';
import { emptyCultureData, type CultureData, type CultureEntry } from '../shared/culture/model';

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

/** Words drawn with Zipf-like frequencies from a vocabulary of `distinct` words. */
function zipfPicker(distinct: number, random: () => number): () => string {
  const weights = Array.from({ length: distinct }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((s, w) => s + w, 0);
  return () => {
    let r = random() * total;
    for (let i = 0; i < distinct; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) return `woord${i}`;
    }
    return `woord${distinct - 1}`;
  };
}

function workshop(participants: number): CultureData {
  const random = mulberry32(participants);
  const pick = zipfPicker(300, random);
  const four = () => Array.from({ length: 4 }, pick);
  const entries: CultureEntry[] = Array.from({ length: participants }, (_, i) => ({
    id: `p${i}`,
    participant: '',
    group: null,
    current: four(),
    desired: four(),
  }));
  return {
    ...emptyCultureData(),
    entries,
    merges: [{ from: 'woord1', into: 'woord0' }],
    hidden: ['woord2'],
    limiting: ['woord3'],
  };
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
  console.log('Culture (Node): analysis after merges, hides and tags; median of 7 runs');
  for (const participants of [40, 500, 10_000]) {
    const data = workshop(participants);
    const ms = medianMs(7, () => analyseCulture(data));
    console.log(
      `  analyse ${participants} participants: ${ms.toFixed(2)} ms` +
        (participants === 40 ? '  (target: well within the 100 ms cloud update)' : ''),
    );
  }
  const data = workshop(10_000);
  const rows = data.entries.map((e, i) => [`P${i}`, '', ...e.current, ...e.desired].join(','));
  const header =
    'participant,group,current_1,current_2,current_3,current_4,desired_1,desired_2,desired_3,desired_4';
  const csv = [header, ...rows].join('\n');
  const ms = medianMs(5, () => parseCultureCsv(csv));
  console.log(`  parse a CSV of 10,000 rows: ${ms.toFixed(1)} ms (no target; the import limit)`);
}
