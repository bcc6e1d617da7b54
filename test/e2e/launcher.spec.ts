import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// `npm start` is `npm run build` and then dist/node/launch.mjs: these tests run the built
// launcher with a stand-in for Chromium, so they check what the launcher says and stops, not
// Chromium itself.
const ROOT = join(import.meta.dirname, '..', '..');
const LAUNCHER = join(ROOT, 'dist', 'node', 'launch.mjs');
const ELECTRON_PATH_FILE = join(ROOT, 'node_modules', 'electron', 'path.txt');

test.skip(
  existsSync(ELECTRON_PATH_FILE),
  'Electron is installed: npm start opens the desktop app, not browser mode.',
);

interface Launched {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr. */
  output(): string;
  /** Resolves once the output matches. */
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

function launch(args: string[]): Launched {
  const child = spawn(process.execPath, [LAUNCHER, '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { pattern: RegExp; resolve(text: string): void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of [...waiters]) {
      const match = waiter.pattern.exec(output);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match[0]);
      }
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    waitFor: (pattern) =>
      new Promise((resolve) => {
        const match = pattern.exec(output);
        if (match) resolve(match[0]);
        else waiters.push({ pattern, resolve });
      }),
    exited,
  };
}

/** A stand-in for Chromium: a script, executable like the real one. */
async function fakeChromium(folder: string, body: string): Promise<string> {
  const path = join(folder, 'fake-chromium');
  await writeFile(path, `#!${process.execPath}\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'klantkompas-launcher-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('when Chromium cannot start, the launcher says so with Chromium’s own reason', async () => {
  const chromium = await fakeChromium(
    folder,
    [
      "process.stderr.write('[123:456:ERROR:bus.cc(407)] Failed to connect to the bus\\n');",
      "process.stderr.write('[123:456:FATAL:zygote_host_impl_linux.cc(128)] Running as root without --no-sandbox is not supported.\\n');",
      'process.exit(1);',
    ].join('\n'),
  );
  const app = launch(['--data-dir', join(folder, 'data'), '--chromium', chromium]);
  const said = await app.waitFor(/Chromium could not open the app window: .*/);
  expect(said).toContain('Running as root without --no-sandbox is not supported.');
  expect(app.output()).not.toContain('Opened in an app window');
  // Browser mode keeps running so that the address can be opened by hand; Ctrl+C stops it.
  const url = /Klantkompas: (\S+)/.exec(app.output())![1]!;
  expect((await fetch(url)).status).toBe(200);
  app.child.kill('SIGINT');
  await app.exited;
});

test('SIGTERM on the launcher stops the server and the app window it opened', async () => {
  const pidFile = join(folder, 'window.pid');
  const chromium = await fakeChromium(
    folder,
    [
      "const url = process.argv.find((a) => a.startsWith('--app=')).slice('--app='.length);",
      `require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));`,
      'fetch(url).then((r) => r.text());',
      'setInterval(() => {}, 1000);',
    ].join('\n'),
  );
  const app = launch(['--data-dir', join(folder, 'data'), '--chromium', chromium]);
  await app.waitFor(/Opened in an app window/);
  const url = /Klantkompas: (\S+)/.exec(app.output())![1]!;
  const windowPid = Number(await readFile(pidFile, 'utf8'));
  expect(processAlive(windowPid)).toBe(true);

  app.child.kill('SIGTERM');
  await app.exited;
  await expect(fetch(url)).rejects.toThrow();
  await expect.poll(() => processAlive(windowPid)).toBe(false);
});
