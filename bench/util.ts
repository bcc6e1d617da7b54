import { performance } from 'node:perf_hooks';

export { seededRandom } from '../test/fixtures/seededRandom';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds of each of `runs` calls of `fn` (after `warmup` unmeasured ones). */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** One line of the bench report: "label  12.3 ms  (target ≤ 50 ms)". */
export function report(label: string, ms: number, target?: string): void {
  const figure = `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  console.log(
    `  ${label.padEnd(58)} ${figure.padStart(10)}${target ? `   (target ${target})` : ''}`,
  );
}
