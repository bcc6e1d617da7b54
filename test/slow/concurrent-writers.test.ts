import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { SessionSummary } from '../../shared/api';
import type { ExcellenceParticipant } from '../../shared/excellence/model';
import { parseSessionText } from '../../main/store/sessionFile';
import { startServerProcess, type ServerProcess } from '../fixtures/serverProcess';

/*
 * Two kinds of process writing one session at the same time, as in issue 12: the browser-mode
 * server receiving Service Excellence participants over its API, and the CLI importing a CSV into
 * the same session, again and again. Every write that was confirmed (an API answer "ok", a CLI
 * exit code 0) must be in the file at the end.
 */
const RUNS = 10;
/** The least number of API writes per run (more while CLI imports are still running). */
const API_WRITES = 200;
const API_IN_FLIGHT = 4;
const CLI_IMPORTS = 10;
const CLI_AT_ONCE = 2;
const PER_IMPORT = 3;

const ROOT = join(import.meta.dirname, '..', '..');
/** Inside the project, so that the bundle finds the project's folder as the built CLI does. */
const BUILD_DIR = join(ROOT, 'node_modules', '.cache', 'klantkompas-tests');
const CLI = join(BUILD_DIR, 'cli.mjs');
const run = promisify(execFile);

let server: ServerProcess;
let work: string;

beforeAll(async () => {
  // The CLI as users run it: bundled like dist/node/cli.mjs (scripts/build-node.mjs), each
  // import a `node cli.mjs import ...` process of its own.
  await mkdir(BUILD_DIR, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'main', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['playwright-core'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    outfile: CLI,
    logLevel: 'error',
  });
  work = await mkdtemp(join(tmpdir(), 'klantkompas-concurrent-'));
  server = await startServerProcess(join(work, 'data'), { production: true });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function participant(id: string): ExcellenceParticipant {
  return { id, label: id, group: null, scores: { '1': { now: 7, target: 8, comment: '' } } };
}

/** A CSV of PER_IMPORT participants named `${prefix}-1`, ..., two blocks each. */
async function csvFile(prefix: string): Promise<string> {
  const lines = ['participant,group,block,now,target,comment'];
  for (let p = 1; p <= PER_IMPORT; p++) {
    lines.push(`${prefix}-${p},,1,6,8,`, `${prefix}-${p},,2,7,9,`);
  }
  const path = join(work, `${prefix}.csv`);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

async function cliImport(file: string, sessionId: string): Promise<{ code: number; out: string }> {
  const args = [CLI, 'import', 'excellence', file, '--session', sessionId];
  try {
    const { stdout } = await run(process.execPath, [...args, '--data-dir', join(work, 'data')]);
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: `${e.stdout}${e.stderr}` };
  }
}

interface RunResult {
  apiConfirmed: string[];
  apiRefused: string[];
  cliConfirmed: string[];
  cliFailed: string[];
  stored: string[];
  /** CLI imports that finished while API writes were still going in. */
  overlapping: number;
}

async function oneRun(runIndex: number): Promise<RunResult> {
  const created = await server.call<SessionSummary>('createSession', [{ name: `Run ${runIndex}` }]);
  if (!created.ok) throw new Error(created.error.message);
  const sessionId = created.value.id;
  const result: RunResult = {
    apiConfirmed: [],
    apiRefused: [],
    cliConfirmed: [],
    cliFailed: [],
    stored: [],
    overlapping: 0,
  };
  let apiDone = false;
  let cliDone = false;
  let next = 0;
  // At least API_WRITES, and on while the CLI imports run (at most three times as many), so
  // that every import meets API writes.
  const apiLane = async () => {
    while ((next < API_WRITES || !cliDone) && next < 3 * API_WRITES) {
      const id = `api-${runIndex}-${next++}`;
      const answer = await server.call('execute', [
        sessionId,
        { type: 'excellence.addParticipant', participant: participant(id) },
      ]);
      if (answer.ok) result.apiConfirmed.push(id);
      else result.apiRefused.push(`${id}: ${answer.error.message}`);
    }
  };
  let nextImport = 0;
  const cliLane = async () => {
    while (nextImport < CLI_IMPORTS) {
      const prefix = `cli-${runIndex}-${nextImport++}`;
      const { code, out } = await cliImport(await csvFile(prefix), sessionId);
      if (!apiDone) result.overlapping++;
      for (let p = 1; p <= PER_IMPORT; p++) {
        if (code === 0) result.cliConfirmed.push(`${prefix}-${p}`);
        else result.cliFailed.push(`${prefix}: ${out.trim()}`);
      }
    }
  };
  await Promise.all([
    Promise.all(Array.from({ length: API_IN_FLIGHT }, apiLane)).then(() => (apiDone = true)),
    Promise.all(Array.from({ length: CLI_AT_ONCE }, cliLane)).then(() => (cliDone = true)),
  ]);
  const text = await readFile(join(work, 'data', 'sessions', `${sessionId}.json`), 'utf8');
  result.stored = parseSessionText(text).excellence.participants.map((p) => p.label);
  return result;
}

describe('the server and the CLI writing one session at the same time', () => {
  it(`store every confirmed write (${RUNS} runs of ${API_WRITES}+ API writes and ${CLI_IMPORTS} CLI imports)`, async () => {
    const figures: string[] = [];
    const problems: string[] = [];
    let lostInAll = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await oneRun(i);
      const stored = new Set(r.stored);
      const lostApi = r.apiConfirmed.filter((id) => !stored.has(id));
      const lostCli = r.cliConfirmed.filter((label) => !stored.has(label));
      lostInAll += lostApi.length + lostCli.length;
      figures.push(
        `run ${i + 1}: API ${r.apiConfirmed.length} confirmed, ${lostApi.length} lost; ` +
          `CLI ${r.cliConfirmed.length} confirmed, ${lostCli.length} lost; ` +
          `${r.overlapping}/${CLI_IMPORTS} imports during API writes; ${r.stored.length} stored`,
      );
      problems.push(...r.apiRefused, ...r.cliFailed);
      problems.push(...lostApi.map((id) => `lost: ${id}`), ...lostCli.map((l) => `lost: ${l}`));
      // Nothing more either: exactly the confirmed participants, each once.
      if (r.stored.length !== r.apiConfirmed.length + r.cliConfirmed.length) {
        problems.push(`run ${i + 1}: ${r.stored.length} stored, not exactly the confirmed ones`);
      }
      // The two kinds of writer really overlapped.
      if (r.overlapping === 0) problems.push(`run ${i + 1}: no import overlapped the API writes`);
    }
    console.log(`${figures.join('\n')}\nLost in all runs: ${lostInAll}`);
    expect(problems).toEqual([]);
  }, 600_000);
});
