import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { APP_ROOT } from '../main/appRoot';
import { SessionStore } from '../main/store/sessionStore';
import { median } from './util';

const RUNS = 10;
const BUILT = join(APP_ROOT, 'dist', 'node', 'cli.mjs');
const BIN = join(APP_ROOT, 'bin', 'klantkompas.mjs');

/** Milliseconds from starting `node ARGS` to its exit, once; fails on a non-zero exit code. */
function processTime(args: string[]): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`exit code ${code}`)),
    );
  });
}

/** One line: the median, min and max of `runs` timed runs after one warm-up. */
async function timeCommand(label: string, args: string[], runs: number, target?: string) {
  await processTime(args);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await processTime(args));
  const figure = `${median(times).toFixed(0)} ms`;
  const spread = `(min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${runs} runs)`;
  console.log(
    `  ${label.padEnd(44)} ${figure.padStart(8)}  ${spread}${target ? `   (target ${target})` : ''}`,
  );
}

/**
 * `klantkompas sessions list` as a user starts it: a new Node process from start to exit, on a
 * data folder with five sessions. The built CLI and the bin that runs it; for comparison the
 * TypeScript through tsx, what the bin falls back to without a build.
 */
export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-cli-'));
  try {
    const store = await SessionStore.open(dataDir);
    for (let i = 1; i <= 5; i++) {
      await store.create({ name: `Workshop ${i}`, organisation: 'ACME' });
    }
    const command = ['sessions', 'list', '--data-dir', dataDir];
    if (existsSync(BUILT)) {
      await timeCommand(
        'sessions list: node dist/node/cli.mjs',
        [BUILT, ...command],
        RUNS,
        '≤ 300 ms',
      );
      await timeCommand('sessions list: bin/klantkompas.mjs', [BIN, ...command], RUNS, '≤ 300 ms');
    } else {
      console.log('  (built CLI skipped: dist/node/cli.mjs is missing; run "npm run build" first)');
    }
    const tsx = ['--import', 'tsx', join(APP_ROOT, 'main', 'cli', 'main.ts'), ...command];
    await timeCommand('sessions list: TypeScript through tsx', tsx, 3);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
