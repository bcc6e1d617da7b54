import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SessionSummary } from '../shared/api';
import type { ExcellenceParticipant } from '../shared/excellence/model';
import { startServerProcess, type ServerProcess } from '../test/fixtures/serverProcess';
import { median, report } from './util';

/** Submissions of the throughput run, and the most time it may take. */
const SUBMISSIONS = 400;
const IN_FLIGHT = 20;
const TIME_LIMIT_MS = 60_000;
/** Participants already in the session, so that each write rewrites a realistic file. */
const EXISTING = 100;

function participant(id: string): ExcellenceParticipant {
  const scores: Record<string, { now: number; target: number; comment: string }> = {};
  for (let block = 1; block <= 9; block++) {
    scores[String(block)] = { now: 1 + ((block * 7) % 10), target: 8, comment: '' };
  }
  return { id, label: id.toUpperCase(), group: null, scores };
}

async function submit(server: ServerProcess, sessionId: string, id: string): Promise<void> {
  const response = await server.call('execute', [
    sessionId,
    { type: 'excellence.addParticipant', participant: participant(id) },
  ]);
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Same-session throughput through the HTTP API on 127.0.0.1, the server in a process of its own
 * (as `npm run serve` runs it): Service Excellence participants submitted with 20 in flight, as
 * a room of participants on their phones would. Submissions per second and p50/p95 latency.
 */
async function sameSessionThroughput(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-store-'));
  const server = await startServerProcess(dir, { production: true });
  try {
    const created = await server.call<SessionSummary>('createSession', [{ name: 'Doorvoer' }]);
    if (!created.ok) throw new Error(created.error.message);
    const sessionId = created.value.id;
    await server.call('executeMany', [
      sessionId,
      Array.from({ length: EXISTING }, (_, i) => ({
        type: 'excellence.addParticipant',
        participant: participant(`bestaand-${i}`),
      })),
    ]);

    // One at a time first: the cost of one write as a lone user sees it.
    const alone: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      await submit(server, sessionId, `alleen-${i}`);
      alone.push(performance.now() - start);
    }

    const latencies: number[] = [];
    let next = 0;
    const deadline = performance.now() + TIME_LIMIT_MS;
    const started = performance.now();
    const lane = async () => {
      while (next < SUBMISSIONS && performance.now() < deadline) {
        const id = `p-${next++}`;
        const start = performance.now();
        await submit(server, sessionId, id);
        latencies.push(performance.now() - start);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    const seconds = (performance.now() - started) / 1000;

    const stored = await server.call<{ session: { excellence: { participants: unknown[] } } }>(
      'getSession',
      [sessionId],
    );
    const count = stored.ok ? stored.value.session.excellence.participants.length : -1;
    console.log(
      `  (one session, ${EXISTING} participants to start with; ${latencies.length} submissions, ` +
        `${IN_FLIGHT} in flight; ${count} participants stored in the end)`,
    );
    report('one submission alone, median of 30', median(alone));
    report(`submission latency p50, ${IN_FLIGHT} in flight`, percentile(latencies, 50));
    report(`submission latency p95, ${IN_FLIGHT} in flight`, percentile(latencies, 95));
    console.log(
      `  ${`submissions per second, ${IN_FLIGHT} in flight`.padEnd(58)} ${(latencies.length / seconds).toFixed(0).padStart(10)}`,
    );
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<void> {
  await sameSessionThroughput();
}
