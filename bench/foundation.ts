import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SessionStore } from '../main/store/sessionStore';
import { startBrowserMode } from '../main/browserMode';
import { largeSession } from './largeSession';
import { median, report, timeRuns } from './util';
import { API_TOKEN_HEADER, readApiToken } from '../shared/contracts/transport';

async function applyAndPersist(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-'));
  const session = largeSession('bench-500', 500);
  const text = JSON.stringify(session);
  await SessionStore.open(dir);
  await writeFile(join(dir, 'sessions', 'bench-500.json'), text);
  const store = await SessionStore.open(dir);
  await store.get('bench-500');
  let i = 0;
  const times = await timeRuns(50, () =>
    store.execute('bench-500', { type: 'session.rename', name: `Workshop ${i++}` }),
  );
  console.log(
    `  (session file: ${(text.length / 1024).toFixed(0)} KB, 500 participants in all three methods)`,
  );
  report('apply + persist one command (rename), median of 50', median(times), '≤ 5 ms');
  // A command inside the largest part (Kano: 500 respondents × 20 wishes) re-serialises it.
  let answer = 0;
  const heavy = await timeRuns(50, () =>
    store.execute('bench-500', {
      type: 'kano.setAnswer',
      respondentId: 'k-7',
      wishId: 'wish-3',
      functional: (answer++ % 5) + 1,
      dysfunctional: 3,
      importance: null,
    }),
  );
  report('apply + persist one Kano answer (largest part), median of 50', median(heavy), '≤ 5 ms');
}

async function listThousand(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-'));
  const setup = await SessionStore.open(dir);
  const template = largeSession('x', 8);
  await Promise.all(
    Array.from({ length: 1000 }, (_, i) => {
      const id = `s-${String(i).padStart(4, '0')}`;
      return writeFile(
        join(setup.paths.sessions, `${id}.json`),
        JSON.stringify({ ...template, id, name: `Sessie ${i}` }),
      );
    }),
  );
  const firstEver: number[] = [];
  const appStart: number[] = [];
  for (let run = 0; run < 5; run++) {
    // Without the list cache: every file read, parsed and validated (the first start ever).
    await rm(setup.paths.listingCache, { force: true });
    let store = await SessionStore.open(dir);
    let start = performance.now();
    const list = await store.list();
    firstEver.push(performance.now() - start);
    if (list.length !== 1000) throw new Error(`listed ${list.length}`);
    // A later start of the app: the cache on disk is checked against each file's mtime/size.
    store = await SessionStore.open(dir);
    start = performance.now();
    await store.list();
    appStart.push(performance.now() - start);
  }
  const warmStore = await SessionStore.open(dir);
  await warmStore.list();
  const warm = await timeRuns(5, () => warmStore.list(), 0);
  report('list 1,000 sessions at app start, median of 5', median(appStart), '≤ 200 ms');
  report('list 1,000 sessions, no cache (first start ever)', median(firstEver));
  report('list 1,000 sessions again in a running app (cached)', median(warm));
}

async function serverStart(): Promise<void> {
  const inProcess: number[] = [];
  for (let run = 0; run < 5; run++) {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-'));
    const start = performance.now();
    const server = await startBrowserMode({ dataDir: dir });
    const response = await fetch(`${server.url}api/listSessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: server.token },
      body: '{"args":[]}',
    });
    await response.json();
    inProcess.push(performance.now() - start);
    await server.close();
  }
  report('browser mode: server start to first API answer (in process)', median(inProcess));

  // The same as `npm run serve` does it: a new Node process running the built server.
  const whole: number[] = [];
  for (let run = 0; run < 3; run++) {
    const dir = await mkdtemp(join(tmpdir(), 'klantkompas-bench-'));
    const start = performance.now();
    const child = spawn(process.execPath, ['dist/node/serve.mjs', '--no-open', '--data-dir', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Klantkompas: (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
    });
    // The token is inside the page, as the renderer gets it.
    const html = await (await fetch(url)).text();
    const token = readApiToken(html)!;
    await fetch(`${url}api/listSessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [API_TOKEN_HEADER]: token },
      body: '{"args":[]}',
    });
    whole.push(performance.now() - start);
    child.kill();
  }
  report('browser mode: `npm run serve` process start to first API answer', median(whole), '≤ 1 s');
}

export async function run(): Promise<void> {
  await applyAndPersist();
  await listThousand();
  await serverStart();
}
